@NullMarked
package com.stretchkiosk.base;

import org.jspecify.annotations.NullMarked;
