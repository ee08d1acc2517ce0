// The text a new scenario starts from: small, valid, and annotated where it needs a change.
export const NEW_SCENARIO = `# A new scenario. Rename meta.id (it becomes the scenario's address), then describe the parties,
# the issues and each party's stance. See README, "Scenario format", for every field.
entente: 1
meta:
  id: my-negotiation
  title: My negotiation
  sources:
    - id: notes
      title: My notes
parties:
  - id: A
    name: Party A
    stances:
      price: { ideal: high, salience: 0.7 }
      timing: { ideal: late, salience: 0.3 }
    no_agreement: 0.3
  - id: B
    name: Party B
    stances:
      price: { ideal: low, salience: 0.6 }
      timing: { ideal: early, salience: 0.4 }
    constraints:
      - id: b-price-cap
        text: Party B will not accept a high price.
        forbid: { price: high }
    no_agreement: 0.3
issues:
  - id: price
    name: Price
    options: [low, medium, high]
  - id: timing
    name: Timing
    options: [early, on_time, late]
events: []
`;
