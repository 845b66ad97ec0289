/** 简体中文 */
export default {
  title: '招生入学',
}
