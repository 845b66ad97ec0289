/**
 * Rotation and exchange rounds (轮岗交流). A named interface so that the demo data can open a round through
 * {@link org.xuequ.workforce.rotation.RotationRounds}.
 */
@org.springframework.modulith.NamedInterface("rotation")
package org.xuequ.workforce.rotation;
