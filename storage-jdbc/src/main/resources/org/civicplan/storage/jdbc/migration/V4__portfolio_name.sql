-- The portfolio's name as imported (issue 18: it came back as its id). Null for a portfolio
-- registered without one; a snapshot then names it by its id.
ALTER TABLE portfolios ADD COLUMN portfolio_name ${cp_text};
