@NullMarked
package com.stretchkiosk.history;

import org.jspecify.annotations.NullMarked;
