@NullMarked
package com.stretchkiosk.figures;

import org.jspecify.annotations.NullMarked;
