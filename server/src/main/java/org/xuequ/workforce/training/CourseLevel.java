package org.xuequ.workforce.training;

/** The layers of the training system (seed 003 §(三)2: 分层培训): city, region, district (学区) and school (校本). */
public enum CourseLevel {
    CITY,
    REGION,
    DISTRICT,
    SCHOOL
}
