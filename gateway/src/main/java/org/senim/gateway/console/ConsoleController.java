package org.senim.gateway.console;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.senim.gateway.page.PageController;

/**
 * A controller of a staff console's pages: it gets the {@code PageAttributes} of every
 * page and the {@link ConsoleAttributes} (the console, the signed-in person, the CSRF
 * token of its forms).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PageController
public @interface ConsoleController {

}
