/** 简体中文 */
export default {
  title: '资源共享',
}
