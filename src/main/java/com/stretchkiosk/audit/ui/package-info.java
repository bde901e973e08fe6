@NullMarked
package com.stretchkiosk.audit.ui;

import org.jspecify.annotations.NullMarked;
