@NullMarked
package com.stretchkiosk.figures.ui;

import org.jspecify.annotations.NullMarked;
