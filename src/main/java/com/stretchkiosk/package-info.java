@NullMarked
package com.stretchkiosk;

import org.jspecify.annotations.NullMarked;
