package org.xuequ.demo;

/** The GB 11643 check character of a synthetic ID number, so that the bench children pass validation. */
final class BenchCityIdNumbers {

    private static final String CHECK = "10X98765432";

    private BenchCityIdNumbers() {}

    /** ISO 7064 MOD 11-2 over the first 17 digits: weight of position i is 2^(17-i) mod 11. */
    static char checkCharacter(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 16; i >= 0; i--) {
            weight = weight * 2 % 11;
            sum += (first17.charAt(i) - '0') * weight;
        }
        return CHECK.charAt(sum % 11);
    }
}
