/** The client display's screen, and pairing a display from the tablet. */
@NullMarked
package com.stretchkiosk.display.ui;

import org.jspecify.annotations.NullMarked;
