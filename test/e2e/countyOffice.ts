/** The 本机关 settings the browser tests save through the contract: a county bureau issuing under 阳应急发. */
export const COUNTY_OFFICE = {
  name: '阳城县应急管理局',
  issuerMark: '阳城县应急管理局文件',
  agencyCode: '阳应急发',
  adminLevel: 'county',
  recipients: ['各乡镇应急办'],
  printer: '阳城县应急管理局办公室',
};
