package io.github.smm.cli;

/** Command-line entry point of {@code target/smm.jar}. */
public final class Main
{
	public static void main(final String... args)
	{
		System.out.println("smm");
	}
}
