/**
 * The client display: a second screen (a TV's browser, a spare tablet) paired with one studio tablet by a short
 * code, showing the client only the breathing pacer, the hold countdown, the stretch's name and side, and "relax"
 * between stretches. It follows the tablet by server push and holds no client's name or health data.
 */
@NullMarked
package com.stretchkiosk.display;

import org.jspecify.annotations.NullMarked;
