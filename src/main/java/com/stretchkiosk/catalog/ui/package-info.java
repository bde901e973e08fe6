@NullMarked
package com.stretchkiosk.catalog.ui;

import org.jspecify.annotations.NullMarked;
