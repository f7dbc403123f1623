import type { PolicyRecord } from '../../../schemas/types.ts';

/** An office to ask about an edition's records, with every phone number and address its records print. */
export interface EditionContact {
  name: string;
  phones: string[];
  emails: string[];
}

/**
 * Each office the records name, once, in the order first printed, with the phone numbers and
 * addresses printed with it anywhere (many catalogues print only the office: its name is still whom to ask).
 */
export function editionContacts(records: readonly PolicyRecord[]): EditionContact[] {
  const contacts = new Map<string, EditionContact>();
  for (const office of records.flatMap((r) => r.offices)) {
    const contact = contacts.get(office.name) ?? { name: office.name, phones: [], emails: [] };
    contact.phones = [...new Set([...contact.phones, ...office.phones])];
    contact.emails = [...new Set([...contact.emails, ...office.emails])];
    contacts.set(office.name, contact);
  }
  return [...contacts.values()];
}

/**
 * The span of the fiscal years the records' budget lines name, as dates: a Japanese 年度 runs from
 * 1 April to 31 March of the next year. Null when no record prints a budget.
 */
export function fiscalYearPeriod(records: readonly PolicyRecord[]): { start: string; end: string } | null {
  const years = records.flatMap((r) => r.budget.map((b) => b.fiscal_year));
  if (years.length === 0) return null;
  return { start: `${Math.min(...years)}-04-01`, end: `${Math.max(...years) + 1}-03-31` };
}

/** A phone number as printed in Japan (03-5253-5392) as an RFC 3966 URI: tel:+81-3-5253-5392. */
export const telUri = (phone: string): string => `tel:+81-${phone.replace(/^0/u, '')}`;
