/**
 * An editable table of word pairs (上级用语 → 本地用语, 上级单位 → 本地单位): each row has two text
 * boxes and a 删除 link. Adding a row and saving stay with the screen that owns the pairs.
 */
interface PairColumn<K> {
  key: K;
  header: string;
  /** The text box's accessible name. */
  label: string;
}

interface PairTableProps<K extends string, Row extends Record<K, string>> {
  rows: Row[];
  columns: [PairColumn<K>, PairColumn<K>];
  onChange(rows: Row[]): void;
}

export function PairTable<K extends string, Row extends Record<K, string>>({ rows, columns, onChange }: PairTableProps<K, Row>) {
  const edit = (index: number, key: K, value: string) => onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  return (
    <table className="table">
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key}>{column.header}</th>
          ))}
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {columns.map((column) => (
              <td key={column.key}>
                <input aria-label={column.label} value={row[column.key]} onChange={(e) => edit(index, column.key, e.target.value)} />
              </td>
            ))}
            <td>
              <button type="button" className="link" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                删除
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
