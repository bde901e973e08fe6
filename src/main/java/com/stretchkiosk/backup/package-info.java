@NullMarked
package com.stretchkiosk.backup;

import org.jspecify.annotations.NullMarked;
