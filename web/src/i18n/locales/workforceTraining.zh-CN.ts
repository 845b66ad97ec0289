/** workforce.training：简体中文。键集合必须与 workforceTraining.en.ts 一致。 */
export default {}
