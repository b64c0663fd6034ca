package org.rasid.text.date;

/** How precise a date is; decides the ISO form: YYYY, YYYY-MM, YYYY-Www (ISO week), YYYY-MM-DD. */
public enum Granularity { YEAR, MONTH, WEEK, DAY }
