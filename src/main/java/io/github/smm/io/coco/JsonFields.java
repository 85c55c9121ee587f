package io.github.smm.io.coco;

import java.math.BigDecimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.github.smm.io.FormatException;

/** Typed access to the members of one JSON object; every error names the object. */
final class JsonFields
{
	final JsonObject object;
	final String where;

	private JsonFields(final JsonObject object, final String where)
	{
		this.object = object;
		this.where = where;
	}

	/** @throws FormatException when {@code e} is not an object */
	static JsonFields of(final JsonElement e, final String where)
	{
		if (!e.isJsonObject())
			throw new FormatException(where + ": expected a JSON object, found " + e);
		return new JsonFields(e.getAsJsonObject(), where);
	}

	FormatException error(final String problem)
	{
		return new FormatException(where + ": " + problem);
	}

	boolean has(final String name)
	{
		return object.has(name) && !object.get(name).isJsonNull();
	}

	JsonElement require(final String name)
	{
		if (!has(name))
			throw error("missing \"" + name + "\"");
		return object.get(name);
	}

	long requireLong(final String name)
	{
		return integer(require(name), "\"" + name + "\"");
	}

	int requireInt(final String name)
	{
		final long v = requireLong(name);
		if (v != (int) v)
			throw error("\"" + name + "\" = " + v + " does not fit in a 32-bit integer");
		return (int) v;
	}

	double optionalDouble(final String name, final double fallback)
	{
		if (object.has(name) && object.get(name).isJsonNull())
			throw error("\"" + name + "\" is null; give a number or leave it out");
		return has(name) ? number(object.get(name), "\"" + name + "\"") : fallback;
	}

	String optionalString(final String name, final String fallback)
	{
		if (!has(name))
			return fallback;
		final JsonElement e = object.get(name);
		if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString())
			throw error("\"" + name + "\" is not a string: " + e);
		return e.getAsString();
	}

	/** {@code iscrowd}: 0, 1, false or true; absent means 0. */
	boolean optionalFlag(final String name)
	{
		if (!has(name))
			return false;
		final JsonElement e = object.get(name);
		if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean())
			return e.getAsBoolean();
		final long v = integer(e, "\"" + name + "\"");
		if (v != 0 && v != 1)
			throw error("\"" + name + "\" = " + v + " is neither 0 nor 1");
		return v == 1;
	}

	/** An integral JSON number. */
	long integer(final JsonElement e, final String what)
	{
		if (!isNumber(e))
			throw error(what + " is not a number: " + e);
		try
		{
			return new BigDecimal(e.getAsString()).longValueExact();
		}
		catch (final ArithmeticException | NumberFormatException ex)
		{
			throw error(what + " = " + e + " is not an integer");
		}
	}

	/** A finite JSON number. */
	double number(final JsonElement e, final String what)
	{
		if (!isNumber(e))
			throw error(what + " is not a number: " + e);
		final double v = e.getAsDouble();
		if (!Double.isFinite(v))
			throw error(what + " = " + e + " is not finite");
		return v;
	}

	JsonArray array(final JsonElement e, final String what)
	{
		if (!e.isJsonArray())
			throw error(what + " is not an array: " + e);
		return e.getAsJsonArray();
	}

	private static boolean isNumber(final JsonElement e)
	{
		return e.isJsonPrimitive() && ((JsonPrimitive) e).isNumber();
	}
}
