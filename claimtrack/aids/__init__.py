"""Reading aids (assist, never decide): quotations, speakers, suggestions, comparison."""
