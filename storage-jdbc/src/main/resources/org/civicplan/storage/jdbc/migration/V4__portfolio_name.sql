-- The portfolio's name as imported (issue 18: it came back as its id). Null for a portfolio
-- registered without one; a snapshot then names it by its id. IF NOT EXISTS as in V2 and V3.
ALTER TABLE portfolios ADD COLUMN IF NOT EXISTS portfolio_name ${cp_text};
