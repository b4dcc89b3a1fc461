/**
 * The roster template (CUS-2): the headings the import reads, the ID and phone columns
 * formatted as text (so Excel keeps all 18 digits), a drop-down for the document type and a
 * second sheet that explains each column. The data sheet carries no sample row, so nothing
 * made up can be imported by mistake.
 */
import ExcelJS from 'exceljs';
import type { Locale } from '../../../platform/i18n/index.ts';
import { ID_TYPES } from '../rules.ts';
import { ID_TYPE_WORDS, ROSTER_FIELDS, ROSTER_HEADINGS, type RosterField } from './roster-rules.ts';

const VALIDATED_ROWS = 5000;

const NOTES: Record<
  Locale,
  { sheet: string; help: string; column: string; rule: string; rules: Record<RosterField, string> }
> = {
  'zh-CN': {
    sheet: '业主清册',
    help: '填写说明',
    column: '列',
    rule: '要求',
    rules: {
      unitCode: '必填。与系统中的房号一致，例如 3-0101；同一房号只能出现一次，已导入过的房号不能再导入。',
      ownerName: '必填。个人填姓名，单位填全称（证件类型选营业执照）。同一证件号码须对应同一姓名。',
      idType: '必填。从下拉列表选择：身份证、护照、港澳通行证、台胞证、营业执照、其他。',
      idNumber:
        '必填。身份证须 18 位且校验位正确。本列已设为文本格式，请勿改为数字，否则 Excel 会丢失后几位。',
      phone: '必填。11 位手机号，或带区号的固定电话（如 010-65010001）。',
      contractNo: '选填。购房合同编号。',
    },
  },
  en: {
    sheet: 'Owner roster',
    help: 'How to fill in',
    column: 'Column',
    rule: 'Rule',
    rules: {
      unitCode:
        'Required. The unit code as in the system, e.g. 3-0101; each unit once, and not one already imported.',
      ownerName:
        "Required. A person's name, or a company's full name (document type: business licence). One ID number, one name.",
      idType:
        'Required. Pick from the list: ID card, passport, HK/Macau permit, Taiwan permit, business licence, other.',
      idNumber:
        'Required. A resident ID card has 18 characters with a valid check digit. The column is text: do not turn it into numbers, Excel would drop digits.',
      phone: 'Required. An 11-digit mobile, or a landline with its area code (e.g. 010-65010001).',
      contractNo: 'Optional. The purchase contract number.',
    },
  },
};

/** The heading of a field in the template's language. */
export function rosterHeading(field: RosterField, locale: Locale): string {
  const names = ROSTER_HEADINGS[field];
  return locale === 'en' ? names[names.length - 1]! : names[0]!;
}

export async function rosterTemplate(locale: Locale): Promise<Buffer> {
  const L = NOTES[locale];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(L.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = ROSTER_FIELDS.map((f) => ({
    header: rosterHeading(f, locale),
    key: f,
    width: f === 'idNumber' ? 24 : f === 'ownerName' ? 22 : 16,
    style: { numFmt: '@' },
  }));
  ws.getRow(1).font = { bold: true };
  const typeWords = ID_TYPES.map((t) =>
    locale === 'en' ? ID_TYPE_WORDS[t][ID_TYPE_WORDS[t].length - 1]! : ID_TYPE_WORDS[t][0]!,
  );
  const typeColumn = ws.getColumn('idType').letter;
  // exceljs supports range validations but does not declare them; reading a file back expands the range cell by cell, hence its modest size.
  const validations = (
    ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  validations.add(`${typeColumn}2:${typeColumn}${VALIDATED_ROWS + 1}`, {
    type: 'list',
    allowBlank: false,
    formulae: [`"${typeWords.join(',')}"`],
    showErrorMessage: true,
  });
  const help = wb.addWorksheet(L.help);
  help.columns = [
    { header: L.column, width: 16 },
    { header: L.rule, width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  for (const f of ROSTER_FIELDS)
    help.addRow([rosterHeading(f, locale), L.rules[f]]).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
