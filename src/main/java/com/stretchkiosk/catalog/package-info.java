@NullMarked
package com.stretchkiosk.catalog;

import org.jspecify.annotations.NullMarked;
