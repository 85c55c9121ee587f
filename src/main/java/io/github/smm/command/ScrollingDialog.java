package io.github.smm.command;

import java.awt.BorderLayout;
import java.awt.Button;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Panel;
import java.awt.Rectangle;
import java.awt.ScrollPane;

import ij.IJ;
import ij.gui.GUI;
import ij.gui.GenericDialog;

/**
 * A {@link GenericDialog} that stays on the screen: when its packed height is more than the
 * screen can show (the full <em>Tiled Segment and Merge</em> dialog is about 1,370 px high with
 * ImageJ's default font), the fields move into a vertically scrolling pane and the OK / Cancel /
 * Help row stays below it, always visible. A dialog that fits is left exactly as ImageJ lays it
 * out. Only the layout changes: the fields stay the dialog's own, so {@code getNext…}, the
 * macro recorder and macro options work as with any GenericDialog (in macro mode the dialog is
 * never packed or shown).
 */
final class ScrollingDialog extends GenericDialog
{
	private static final long serialVersionUID = 1L;

	/** Room left above and below the dialog for a title bar, a menu bar or a task bar. */
	private static final int MARGIN = 48;

	private boolean scrolling;

	ScrollingDialog(final String title)
	{
		super(title);
	}

	/** Whether the fields were moved into a scrolling pane because the dialog was too high. */
	boolean scrolls()
	{
		return scrolling;
	}

	@Override
	public void pack()
	{
		super.pack();
		if (scrolling)
			return;
		final Rectangle screen = GUI.getMaxWindowBounds(IJ.getInstance());
		final int available = screen.height - MARGIN;
		final Component buttons = buttonRow();
		if (getHeight() <= available || buttons == null || !(getLayout() instanceof GridBagLayout))
			return;
		scrolling = true;
		final GridBagLayout grid = (GridBagLayout) getLayout();
		final Panel fields = new Panel(new GridBagLayout());
		for (final Component part : getComponents())
		{
			if (part == buttons)
				continue;
			final GridBagConstraints c = grid.getConstraints(part);
			remove(part);
			fields.add(part, c);
		}
		remove(buttons);
		final ScrollPane pane = new ScrollPane(ScrollPane.SCROLLBARS_AS_NEEDED);
		pane.add(fields);
		pane.getVAdjustable().setUnitIncrement(16);
		setLayout(new BorderLayout());
		add(pane, BorderLayout.CENTER);
		add(buttons, BorderLayout.SOUTH);
		final Dimension inside = fields.getPreferredSize();
		final Insets frame = getInsets();
		final int width = inside.width + pane.getVScrollbarWidth() + frame.left + frame.right + 8;
		setSize(Math.min(width, screen.width), available);
		validate();
	}

	/** The panel that {@code showDialog} adds last, holding OK and Cancel. */
	private Component buttonRow()
	{
		final Button[] buttons = getButtons();
		if (buttons == null || buttons.length == 0 || buttons[0] == null)
			return null;
		Component c = buttons[0];
		while (c != null && c.getParent() != this)
			c = c.getParent();
		return c;
	}

	/**
	 * For tests: the container the fields are in (the dialog itself when it does not scroll). The
	 * cast through Object is needed: ij1-patcher's headless GenericDialog is no AWT container, and a
	 * plain {@code return this} fails bytecode verification of this class there (VerifyError in
	 * every headless macro that opens a command dialog).
	 */
	Container fieldContainer()
	{
		if (!scrolling)
			return (Container) (Object) this;
		final ScrollPane pane = (ScrollPane) getComponent(0);
		return (Container) pane.getComponent(0);
	}
}
