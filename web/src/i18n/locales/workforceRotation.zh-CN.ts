/** workforce.rotation：简体中文。键集合必须与 workforceRotation.en.ts 一致。 */
export default {}
