import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx, safeSheetName, writeXlsx } from '../../../core/io/xlsx.ts';

const headers = ['보도일자', '매체명', '제목', '요약', '면'];
const rows = [
  ['2024-09-02', '서울신문', '=HYPERLINK("http://evil")', '첫 줄\n둘째 줄', 3],
  ['2024-12-31', '한겨레', '-속보- 구청 축제', '', 12.5],
];
const kinds = ['date', 'text', 'text', 'longText', 'text'] as const;

async function load(data: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  return ws;
}

describe('writeXlsx / readXlsx', () => {
  it('writes a sheet a clerk expects and reads back what was written', async () => {
    const data = await writeXlsx('언론보도', headers, rows, [...kinds]);
    const ws = await load(data);
    expect(ws.name).toBe('언론보도');
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // Dates are real Excel dates shown yyyy-mm-dd; text that looks like a formula stays text.
    expect(ws.getCell('A2').value).toEqual(new Date('2024-09-02T00:00:00Z'));
    expect(ws.getCell('A2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getColumn(4).width).toBeGreaterThan(8);

    const back = await readXlsx(data);
    expect(back.map((r) => r.rowNumber)).toEqual([1, 2, 3]);
    expect(back[0]?.cells).toEqual(headers);
    expect(back[1]?.cells).toEqual([new Date('2024-09-02T00:00:00Z'), '서울신문', '=HYPERLINK("http://evil")', '첫 줄\n둘째 줄', 3]);
    expect(back[2]?.cells).toEqual([new Date('2024-12-31T00:00:00Z'), '한겨레', '-속보- 구청 축제', null, 12.5]);
  });

  it('reads rich text, links, formula results and merged cells as the text a clerk sees', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('표지', { state: 'hidden' }).addRow(['숨은 표지']);
    const ws = wb.addWorksheet('목록');
    ws.getCell('A1').value = { richText: [{ text: '제', font: { bold: true } }, { text: '목' }] };
    ws.getCell('B1').value = 'URL';
    ws.getCell('A3').value = { text: '구청 축제', hyperlink: 'https://news.example/1' };
    ws.getCell('B3').value = { formula: 'A1', result: 7 };
    ws.mergeCells('A4:B4');
    ws.getCell('A4').value = '합계';
    const back = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(back).toEqual([
      { rowNumber: 1, cells: ['제목', 'URL'] },
      { rowNumber: 3, cells: [{ text: '구청 축제', hyperlink: 'https://news.example/1' }, 7] },
      { rowNumber: 4, cells: ['합계', null] },
    ]);
  });

  it('makes a valid sheet name', () => {
    expect(safeSheetName('2024/09 [보도]')).toBe('2024 09  보도');
    expect(safeSheetName('')).toBe('Sheet1');
  });
});
