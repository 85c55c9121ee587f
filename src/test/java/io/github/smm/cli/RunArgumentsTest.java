package io.github.smm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class RunArgumentsTest
{
	@Test
	void parsesPlainQuotedAndBracketedValues()
	{
		final Map<String, String> m = RunArguments.parse("input=/tmp/a b.json, Method=smm-exact,output='/tmp/x, y.json',table=[/tmp/t.csv],lambda=1.5");
		assertEquals("/tmp/a b.json", m.get("input"));
		assertEquals("smm-exact", m.get("method"));
		assertEquals("/tmp/x, y.json", m.get("output"));
		assertEquals("/tmp/t.csv", m.get("table"));
		assertEquals("1.5", m.get("lambda"));
		assertEquals(5, m.size());
	}

	@Test
	void errorsNameTheBadItem()
	{
		assertTrue(assertThrows(IllegalArgumentException.class, () -> RunArguments.parse("a=1,oops,b=2")).getMessage().contains("'oops'"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> RunArguments.parse("a='open")).getMessage().contains("'a'"));
		assertTrue(RunArguments.parse("").isEmpty());
	}
}
