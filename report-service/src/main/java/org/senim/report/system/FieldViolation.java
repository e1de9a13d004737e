package org.senim.report.system;

/**
 * One entry of a validation problem's {@code errors} list.
 *
 * @param field the JSON property (or {@code body}) that was refused
 * @param message why, without echoing the submitted value
 */
public record FieldViolation(String field, String message) {

}
