@NullMarked
package com.stretchkiosk.demo;

import org.jspecify.annotations.NullMarked;
