package com.designcoach.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientOriginTest {

	@Test
	void anIpv4AddressCountsAsItself() {
		assertThat(ClientOrigin.of("203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(ClientOrigin.of("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
	}

	@Test
	void ipv6AddressesOfOneSlash64CountAsOne() {
		String one = ClientOrigin.of("2001:db8:1:2::a");
		assertThat(one).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientOrigin.of("2001:0db8:0001:0002:ffff:ffff:ffff:fffe")).isEqualTo(one);
		assertThat(ClientOrigin.of("2001:db8:1:2::a%eth0")).isEqualTo(one);
		assertThat(ClientOrigin.of("2001:db8:1:3::a")).isNotEqualTo(one);
		assertThat(ClientOrigin.of("::1")).isEqualTo("0:0:0:0::/64");
	}

	@Test
	void anythingElseIsKeptButBounded() {
		assertThat(ClientOrigin.of(null)).isEqualTo("unknown");
		assertThat(ClientOrigin.of(" ")).isEqualTo("unknown");
		assertThat(ClientOrigin.of("not:an:address::zz")).isEqualTo("not:an:address::zz");
		assertThat(ClientOrigin.of("x".repeat(10_000))).hasSize(64);
		assertThat(ClientOrigin.of("1:2:3:4:5:6:7:8:9")).isEqualTo("1:2:3:4:5:6:7:8:9");
	}

}
