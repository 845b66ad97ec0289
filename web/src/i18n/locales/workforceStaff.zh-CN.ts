/** workforce.staff：简体中文。键集合必须与 workforceStaff.en.ts 一致。 */
export default {}
