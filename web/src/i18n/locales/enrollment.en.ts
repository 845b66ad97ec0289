/** English: same keys as the zh-CN file. */
export default {
  title: 'Enrollment',
}
