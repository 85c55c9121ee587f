package io.github.smm.vis;

import static io.github.smm.vis.Shapes.named;
import static io.github.smm.vis.Shapes.one;
import static io.github.smm.vis.Shapes.rect;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.TextRoi;
import ij.process.ByteProcessor;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.InvalidInstanceException;

class MergeOverlayTest
{
	private static final List<Instance> THREE = List.of(rect(7, 2, 2, 10, 10, 0.5, 2, 0), rect(3, 20, 4, 30, 12, 0.9, 1, 1), rect(11, 5, 30, 12, 38, 0.1, 2, Instance.NO_TILE));

	@Test
	void vectorOutlinesAreOneRoiPerInstanceColouredByCluster()
	{
		final Overlay o = MergeOverlay.of(THREE).rendering(Rendering.VECTOR).build(64, 64);
		assertEquals(3, o.size());
		for (final Instance i : THREE)
		{
			final Roi r = one(o, "instance-" + i.id());
			assertEquals(Palette.distinct(i.id()), r.getStrokeColor());
			assertNull(r.getFillColor());
			assertEquals(new java.awt.Rectangle((int) i.box().minX, (int) i.box().minY, (int) i.box().width(), (int) i.box().height()), r.getBounds());
		}
	}

	@Test
	void fillsAreTranslucentAndFillWithOutlineGivesTwoRois()
	{
		final Overlay fill = MergeOverlay.of(THREE).draw(DrawMode.FILL).fillOpacity(0.5).rendering(Rendering.VECTOR).build(64, 64);
		assertEquals(3, fill.size());
		assertEquals(Palette.withOpacity(Palette.distinct(7), 0.5), one(fill, "instance-7").getFillColor());
		final Overlay both = MergeOverlay.of(THREE).draw(DrawMode.FILL_AND_OUTLINE).rendering(Rendering.VECTOR).build(64, 64);
		assertEquals(6, both.size());
		assertEquals(List.of("instance-7-fill", "instance-7"), names(named(both, "instance-7")), "fill below outline");
		assertEquals(Palette.distinct(7), one(both, "instance-7").getStrokeColor());
		assertEquals(89, one(both, "instance-7-fill").getFillColor().getAlpha(), "default fill opacity 0.35");
	}

	@Test
	void otherColourings()
	{
		final Overlay byClass = MergeOverlay.of(THREE).colorBy(ColorBy.CLASS).rendering(Rendering.VECTOR).build(64, 64);
		assertEquals(one(byClass, "instance-7").getStrokeColor(), one(byClass, "instance-11").getStrokeColor(), "same class");
		assertEquals(Palette.distinct(1), one(byClass, "instance-3").getStrokeColor());
		final Overlay byTile = MergeOverlay.of(THREE).colorBy(ColorBy.TILE).rendering(Rendering.VECTOR).build(64, 64);
		assertEquals(Palette.distinct(1), one(byTile, "instance-3").getStrokeColor());
		assertEquals(Palette.NONE, one(byTile, "instance-11").getStrokeColor(), "no tile");
		final Overlay byScore = MergeOverlay.of(THREE).colorBy(ColorBy.SCORE).scoreRange(0, 0.8).rendering(Rendering.VECTOR).build(64, 64);
		assertEquals(new ScoreLut(0, 0.8).color(0.5), one(byScore, "instance-7").getStrokeColor());
		assertEquals(new Color(ScoreLut.rgb(ScoreLut.SIZE - 1)), one(byScore, "instance-3").getStrokeColor(), "above the range: clamped");
	}

	@Test
	void clusterAssignmentColoursInputsByTheirCluster()
	{
		final Overlay o = MergeOverlay.of(THREE).clusterOf(id -> id == 11 ? -1 : 100).rendering(Rendering.VECTOR).build(64, 64);
		assertEquals(Palette.distinct(100), one(o, "instance-7").getStrokeColor());
		assertEquals(Palette.distinct(100), one(o, "instance-3").getStrokeColor());
		assertEquals(Palette.NONE, one(o, "instance-11").getStrokeColor());
	}

	@Test
	void overlayDoesNotDependOnInputOrder()
	{
		final List<Instance> many = Shapes.randomDiscs(300, 200, 150, 5);
		final List<Instance> shuffled = new ArrayList<>(many);
		Collections.shuffle(shuffled, new Random(9));
		for (final Rendering r : List.of(Rendering.VECTOR, Rendering.RASTER))
			for (final ColorBy c : ColorBy.values())
			{
				final Overlay a = MergeOverlay.of(many).colorBy(c).draw(DrawMode.FILL_AND_OUTLINE).rendering(r).build(200, 150);
				final Overlay b = MergeOverlay.of(shuffled).colorBy(c).draw(DrawMode.FILL_AND_OUTLINE).rendering(r).build(200, 150);
				assertEquals(a.size(), b.size());
				for (int i = 0; i < a.size(); i++)
				{
					assertEquals(a.get(i).getName(), b.get(i).getName());
					assertEquals(a.get(i).getStrokeColor(), b.get(i).getStrokeColor(), a.get(i).getName());
					assertEquals(a.get(i).getFillColor(), b.get(i).getFillColor(), a.get(i).getName());
					if (a.get(i) instanceof ImageRoi)
						assertArrayEquals((int[]) ((ImageRoi) a.get(i)).getProcessor().getPixels(), (int[]) ((ImageRoi) b.get(i)).getProcessor().getPixels(), r + " " + c);
				}
			}
	}

	@Test
	void rasterIsOneImageRoiPerTouchedBlockWithTheInstanceColours()
	{
		final List<Instance> two = List.of(rect(1, 10, 10, 20, 20, 1, 0, 0), rect(2, 1500, 10, 1510, 20, 1, 0, 0));
		final Overlay o = MergeOverlay.of(two).rendering(Rendering.RASTER).build(2000, 500);
		assertEquals(2, o.size());
		final ImageRoi left = (ImageRoi) one(o, "instances-raster-0-0");
		assertEquals(Palette.distinct(1).getRGB(), left.getProcessor().get(10, 15), "outline pixel");
		assertEquals(0, left.getProcessor().get(15, 15) >>> 24, "inside an outline is transparent");
		final ImageRoi right = (ImageRoi) one(o, "instances-raster-1-0");
		assertEquals(Palette.distinct(2).getRGB(), right.getProcessor().get(1500 - 1024, 19));
	}

	@Test
	void automaticRenderingSwitchesToRasterAboveTheThreshold()
	{
		final List<Instance> many = new ArrayList<>();
		for (int i = 0; i <= Rendering.AUTO_RASTER_ABOVE; i++)
			many.add(rect(i, i % 100, i / 100, i % 100 + 1, i / 100 + 1, 1, 0, 0));
		assertEquals(Rendering.RASTER, MergeOverlay.of(many).resolvedRendering());
		assertEquals(Rendering.VECTOR, MergeOverlay.of(many.subList(0, Rendering.AUTO_RASTER_ABOVE)).resolvedRendering());
		assertEquals(Rendering.VECTOR, MergeOverlay.of(many).rendering(Rendering.VECTOR).resolvedRendering());
		final Overlay o = MergeOverlay.of(many).build(100, 100);
		assertEquals(1, o.size(), "one raster block instead of " + many.size() + " ROIs");
	}

	@Test
	void labelsTilesAndLegendAreSeparateNamedElements()
	{
		final List<Box> tiles = List.of(new Box(0, 0, 40, 40), new Box(24, 0, 64, 40), new Box(0, 24, 40, 64), new Box(24, 24, 64, 64));
		final Overlay o = MergeOverlay.of(THREE).colorBy(ColorBy.SCORE).labels(LabelField.ID, LabelField.SCORE, LabelField.CLASS).tiles(tiles).legend(true).rendering(Rendering.VECTOR).build(64, 64);
		assertEquals(3, named(o, "instance-").size());
		assertEquals(3, named(o, "label-").size());
		assertEquals("7 0.50 c2", ((TextRoi) one(o, "label-7")).getText().trim());
		assertEquals(4, named(o, "tile-").size());
		assertEquals(Palette.distinct(2), one(o, "tile-2").getStrokeColor());
		assertEquals(new java.awt.Rectangle(24, 0, 40, 40), one(o, "tile-1").getBounds());
		assertEquals(List.of("legend-panel", "legend-title", "legend-bar", "legend-max", "legend-min"), names(named(o, "legend-")));
		assertEquals("1.00", ((TextRoi) one(o, "legend-max")).getText().trim());
		assertEquals("0.00", ((TextRoi) one(o, "legend-min")).getText().trim());
		assertTrue(one(o, "legend-max").getBounds().y < one(o, "legend-min").getBounds().y, "high scores on top");
		assertEquals(3 + 3 + 4 + 5, o.size());
	}

	@Test
	void classLegendListsTheClassesAndClusterColoursHaveNone()
	{
		final Overlay byClass = MergeOverlay.of(THREE).colorBy(ColorBy.CLASS).legend(true).build(64, 64);
		assertEquals(List.of("class 1", "class 2"), Arrays.asList(((TextRoi) one(byClass, "legend-text-0")).getText().trim(), ((TextRoi) one(byClass, "legend-text-1")).getText().trim()));
		assertEquals(Palette.distinct(2), one(byClass, "legend-swatch-1").getFillColor());
		assertEquals(0, named(MergeOverlay.of(THREE).legend(true).build(64, 64), "legend-").size());
	}

	@Test
	void showOnSetsTheOverlayAndLeavesThePixels()
	{
		final ByteProcessor bp = new ByteProcessor(64, 64);
		bp.setColor(77);
		bp.fill();
		final ImagePlus imp = new ImagePlus("img", bp);
		final byte[] before = ((byte[]) bp.getPixels()).clone();
		MergeOverlay.of(THREE).draw(DrawMode.FILL).showOn(imp);
		assertEquals(3, imp.getOverlay().size());
		assertArrayEquals(before, (byte[]) imp.getProcessor().getPixels());
	}

	@Test
	void badOptionsAreRejected()
	{
		assertThrows(IllegalArgumentException.class, () -> MergeOverlay.of(THREE).lineWidth(0));
		assertThrows(IllegalArgumentException.class, () -> MergeOverlay.of(THREE).fillOpacity(1.5));
		assertThrows(IllegalArgumentException.class, () -> MergeOverlay.of(THREE).lineOpacity(-0.1));
		assertThrows(IllegalArgumentException.class, () -> MergeOverlay.of(THREE).scoreRange(1, 0));
		assertThrows(IllegalArgumentException.class, () -> MergeOverlay.of(THREE).rendering(Rendering.RASTER).build(0, 10));
		final List<Instance> withNull = new ArrayList<>(THREE);
		withNull.add(1, null);
		final NullPointerException e = assertThrows(NullPointerException.class, () -> MergeOverlay.of(withNull));
		assertTrue(e.getMessage().contains("instance 1"), e.getMessage());
		assertNotEquals(null, MergeOverlay.of(List.of()).build(5, 5));
		final InvalidInstanceException twice = assertThrows(InvalidInstanceException.class, () -> MergeOverlay.of(List.of(THREE.get(0), THREE.get(1), THREE.get(0).withId(3))));
		assertTrue(twice.getMessage().contains("3"), twice.getMessage());
	}

	private static List<String> names(final List<Roi> rois)
	{
		final List<String> out = new ArrayList<>();
		for (final Roi r : rois)
			out.add(r.getName());
		return out;
	}
}
