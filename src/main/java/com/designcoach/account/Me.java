package com.designcoach.account;

import java.util.List;

record Me(String username, List<String> roles) {
}
