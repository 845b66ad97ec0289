package org.xuequ.workforce.staff;

/** 最高学历. */
public enum Qualification {
    DOCTORATE,
    MASTER,
    BACHELOR,
    ASSOCIATE,
    OTHER;

    /**
     * 高于规定学历: for primary schools above 专科 (the 2017 优质均衡 standard), i.e. a bachelor's degree or more.
     */
    public boolean aboveRequiredForPrimary() {
        return this == DOCTORATE || this == MASTER || this == BACHELOR;
    }
}
