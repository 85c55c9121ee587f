package io.github.smm.eval;

/**
 * How an evaluation treats classes: matching and COCO AP per category (pycocotools' default,
 * {@code useCats = 1}) or across classes ({@code useCats = 0}). The token names the columns of
 * the tables, so a table always says which was computed.
 */
public enum CategoryMode
{
	/** Only objects of the same class match; COCO AP averaged over the categories. */
	PER_CATEGORY("per_category"),
	/** Objects of any class match; COCO AP over all objects as one category. */
	CLASS_AGNOSTIC("class_agnostic");

	private final String token;

	CategoryMode(final String token)
	{
		this.token = token;
	}

	/** {@code per_category} or {@code class_agnostic}. */
	public String token()
	{
		return token;
	}

	/** True for {@link #PER_CATEGORY}. */
	public boolean perCategory()
	{
		return this == PER_CATEGORY;
	}
}
