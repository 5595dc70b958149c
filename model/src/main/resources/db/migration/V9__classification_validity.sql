-- A direct label's validity period and attributes, as the classification editor proposed them and the platform
-- accepted them: an ended label stays on its entity but propagates nothing. attributes holds a JSON object.
ALTER TABLE classification_assignment ADD COLUMN valid_from DATE;
ALTER TABLE classification_assignment ADD COLUMN valid_to DATE;
ALTER TABLE classification_assignment ADD COLUMN attributes VARCHAR(100000) NOT NULL DEFAULT '';
