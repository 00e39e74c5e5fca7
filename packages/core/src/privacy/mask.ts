/**
 * Personal data never leaves in a public view: phone numbers become `138****5678`, ID
 * numbers and e-mail addresses are hidden even when a citizen typed them into the body
 * of a suggestion, and an address shows only down to the district unless the citizen
 * agreed to show it exactly.
 */

/** `13812345678` → `138****5678`; anything else that is not a phone comes back as `****`. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 11 ? `${digits.slice(0, 3)}****${digits.slice(7)}` : '****';
}

// Mainland ID card: 17 digits and a digit or X. Checked before phones so that the 11
// digits inside an ID number are not half-masked as a phone.
const idNumber = /(?<!\d)\d{17}[\dXx](?!\d)/g;
// Mobile numbers, also written with spaces or dashes (138 1234 5678) or a +86 prefix.
const mobile = /(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)/g;
// Landlines with an area code (0731-12345678).
const landline = /(?<!\d)0\d{2,3}[\s-]?\d{7,8}(?!\d)/g;
const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** The text with every phone, ID number and e-mail address in it masked. */
export function maskPersonalText(text: string): string {
  return text
    .replace(idNumber, (id) => `${id.slice(0, 4)}${'*'.repeat(14)}`)
    .replace(mobile, (phone) => maskPhone(phone.replace(/^\+?86[\s-]?/, '')))
    .replace(landline, (phone) => `${phone.slice(0, 4)}****${phone.slice(-2)}`.replace(/[\s-]/g, ''))
    .replace(email, (address) => `${address[0]}***@${address.split('@')[1]}`);
}

/**
 * The address down to its district or county (`湖南省岳阳市岳阳楼区`), dropping street,
 * building and door numbers. Without a recognisable district nothing is shown.
 */
export function coarseAddress(address: string): string {
  const district = /^.{0,30}?(?:区|县|旗)/.exec(address) ?? /^.{0,20}?(?:市|州|盟)/.exec(address);
  return district ? district[0] : '';
}
