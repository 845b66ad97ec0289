package org.xuequ.demo;

import java.util.Random;

/** Deterministic, plausible Chinese names for synthetic people and places. */
final class SampleNames {

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰飞鹏辉晶婷雪琳建国志红春梅文斌宁欣悦然";

    private final Random random;

    SampleNames(Random random) {
        this.random = random;
    }

    String person() {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int length = random.nextInt(3) == 0 ? 1 : 2;
        for (int i = 0; i < length; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    static String chineseNumber(int n) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        if (n <= 10) {
            return digits[n];
        }
        return n < 20 ? "十" + digits[n - 10] : digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
    }
}
