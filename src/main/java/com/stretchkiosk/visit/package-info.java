@NullMarked
package com.stretchkiosk.visit;

import org.jspecify.annotations.NullMarked;
