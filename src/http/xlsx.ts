import type { FastifyReply } from 'fastify';
import ExcelJS from 'exceljs';
import type { CsvColumn } from './lists.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * One sheet, a header row and one row per item, with the CSV export's columns: numbers stay
 * numbers. Text is written as text, never as a formula, so a name beginning with `=` is harmless.
 */
export async function xlsxOf<T>(sheetName: string, columns: CsvColumn<T>[], items: T[], dated?: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (dated) {
    workbook.created = dated;
    workbook.modified = dated;
  }
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((column) => ({ header: column.header, key: column.header, width: Math.max(12, column.header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const item of items) {
    sheet.addRow(columns.map((column) => {
      const value = column.value(item);
      return value === null || value === undefined ? null : typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
    }));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Sends a workbook as an attachment. Its tag is given (weak): the zip inside stamps its entries
 * with the time it was made, so two renderings of the same table differ in bytes, never in content.
 */
export function sendXlsx(reply: FastifyReply, buffer: Buffer, filename: string, etag: string) {
  return reply.header('etag', etag).header('content-disposition', `attachment; filename="${filename}.xlsx"`).type(XLSX_TYPE).send(buffer);
}
