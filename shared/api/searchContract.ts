/** 检索 and 责任单位: full-text search with filters and snippets, saved searches, a unit's tasks. */
import { z } from 'zod';
import { RETENTIONS, STATUSES, type Status } from './fields';
import { method } from './method';

/** A piece of a snippet; `hit` pieces are what matched the query. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  noticeId: number;
  docNumber: string | null;
  title: string | null;
  issuer: string | null;
  signedDate: string | null;
  /** The clause that matched, or null when the hit is outside the clause tree. */
  clause: { number: string; path: string; heading: string } | null;
  snippet: SnippetPart[];
}

export const searchFiltersSchema = z.object({
  year: z.number().int().min(1900).max(2100).optional(),
  issuer: z.string().trim().min(1).max(100).optional(),
  docKind: z.string().trim().min(1).max(10).optional(),
  unit: z.string().trim().min(1).max(100).optional(),
  status: z.enum(STATUSES).optional(),
  retention: z.enum(RETENTIONS).optional(),
});

export type SearchFilters = z.input<typeof searchFiltersSchema>;

/** The values the filter lists offer, taken from the archive. */
export interface SearchFacets {
  years: number[];
  issuers: string[];
  docKinds: string[];
  units: string[];
}

export interface SavedSearch {
  id: number;
  name: string;
  query: string;
  filters: SearchFilters;
}

/** A clause assigned to a unit, in one notice. */
export interface UnitTask {
  noticeId: number;
  docNumber: string | null;
  title: string | null;
  signedDate: string | null;
  /** `printed`: the number as the notice prints it, with its parents' ("二（三）"). */
  clause: { number: string; path: string; printed: string; heading: string; text: string };
  role: 'lead' | 'co';
  /** Assigned through a standing default of an earlier clause. */
  inherited: boolean;
  /** The group the task was given to (大宁县各乡镇) when the unit has it as one of its members; null when given to the unit itself. */
  via: string | null;
  /** The unit the task names, as resolved in its notice's jurisdiction (太原市应急管理局). */
  unit: string;
  status: Status;
  dueDate: string | null;
}

export interface UnitSummary {
  name: string;
  taskCount: number;
  leadCount: number;
  noticeCount: number;
}

export const searchContract = {
  'search.query': method(
    z.object({
      // Literal text (*, AND, brackets searched as written), except that quotes and OR are dropped and a 文号 is normalized.
      query: z.string().max(200, '检索词最多200个字'),
      filters: searchFiltersSchema.default({}),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    // totalCapped: more notices match than `total` counts (the count stops at 1000).
    // note: what of the query was read differently from how it was typed, for the clerk (已忽略引号和 OR…).
  )<{ total: number; totalCapped: boolean; hits: SearchHit[]; note?: string }>(),
  'search.facets': method(z.object({}))<SearchFacets>(),
  'search.listSaved': method(z.object({}))<{ searches: SavedSearch[] }>(),
  'search.save': method(
    z.object({
      name: z.string().trim().min(1, '请给这次检索起个名字').max(40, '名称最多40个字'),
      query: z.string().max(200),
      filters: searchFiltersSchema.default({}),
    }),
  )<SavedSearch>(),
  'search.deleteSaved': method(z.object({ id: z.number().int().positive() }))<{ id: number }>(),
  'units.list': method(z.object({}))<{ units: UnitSummary[] }>(),
  'units.tasks': method(z.object({ name: z.string().trim().min(1, '请选择责任单位').max(100) }))<{
    /** The units the name was read as (one, or each namesake of another jurisdiction apart). */
    units: string[];
    tasks: UnitTask[];
  }>(),
};
