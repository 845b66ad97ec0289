/**
 * Evaluation (考核评价): the school conditions census (办学条件), balance between schools by the
 * national method (县域义务教育优质均衡 2017, 基本均衡 2012) computed by the engine's balance
 * calculator, what-if and best-next-step advice, and the annual assessment of units and their heads
 * with weak-unit files and support plans.
 * <p>
 * Sub-packages: {@code conditions}, {@code balance}, {@code assessment}; each keeps its controllers in
 * its own {@code web}. The REST contract is in API.md beside this file.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Evaluation 考核评价",
        allowedDependencies = {"platform", "platform :: *", "registry", "registry :: units"})
package org.xuequ.evaluation;
