package org.xuequ.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Random;

/**
 * Approximate centres (WGS-84) of Xicheng's 15 subdistricts, for placing synthetic units near
 * where they would be. Rounded, hand-read positions, kept inside Xicheng's extent.
 */
final class XichengGeography {

    static final Map<String, double[]> CENTRES = Map.ofEntries(
            Map.entry("110102001", new double[] {116.372, 39.905}), // 西长安街
            Map.entry("110102003", new double[] {116.367, 39.938}), // 新街口
            Map.entry("110102007", new double[] {116.345, 39.915}), // 月坛
            Map.entry("110102009", new double[] {116.332, 39.928}), // 展览路
            Map.entry("110102010", new double[] {116.377, 39.946}), // 德胜
            Map.entry("110102011", new double[] {116.358, 39.916}), // 金融街
            Map.entry("110102012", new double[] {116.390, 39.938}), // 什刹海
            Map.entry("110102013", new double[] {116.393, 39.894}), // 大栅栏
            Map.entry("110102014", new double[] {116.397, 39.882}), // 天桥
            Map.entry("110102015", new double[] {116.376, 39.894}), // 椿树
            Map.entry("110102016", new double[] {116.381, 39.876}), // 陶然亭
            Map.entry("110102017", new double[] {116.359, 39.893}), // 广安门内
            Map.entry("110102018", new double[] {116.363, 39.882}), // 牛街
            Map.entry("110102019", new double[] {116.352, 39.872}), // 白纸坊
            Map.entry("110102020", new double[] {116.322, 39.889}) // 广安门外
            );

    private final Random random;

    XichengGeography(Random random) {
        this.random = random;
    }

    /** A point within about 700 m of the subdistrict's centre. */
    BigDecimal[] near(String subdistrictCode) {
        double[] centre = CENTRES.get(subdistrictCode);
        double longitude = centre[0] + (random.nextDouble() - 0.5) * 0.016;
        double latitude = centre[1] + (random.nextDouble() - 0.5) * 0.012;
        return new BigDecimal[] {scale(longitude), scale(latitude)};
    }

    private static BigDecimal scale(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }
}
