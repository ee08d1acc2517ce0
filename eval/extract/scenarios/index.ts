import type { LexiconPatch } from '../../../src/extract/lexicon.js';
import type { Scenario } from '../../../src/model/types.js';
import { ceasefireScenario, climateScenario } from './more.js';
import { islandScenario, labourScenario, tradeScenario } from './others.js';
import { maritimeScenario, riverScenario } from './round6.js';
import { pipelineScenario, separatistScenario } from './round8.js';
import { coalitionScenario, humanitarianScenario, nuclearScenario } from './round8train.js';
import { exitScenario, hostageScenario, teachersScenario } from './round9a.js';
import { armsScenario, fisheriesScenario, hospitalScenario } from './round9b.js';
import { broadcastScenario, corridorScenario, councilScenario, guerrillaScenario } from './round9c.js';
import { airlineScenario, debtScenario, islandsScenario, truceScenario } from './round9d.js';
import { damScenario, siegeScenario, tariffScenario, wageScenario } from './round9e.js';
import { enclaveScenario, financeScenario, mergerScenario, strikeScenario } from './round9f.js';
import { borderwarScenario, portScenario } from './round10.js';
import { actorsScenario, disarmScenario } from './round11.js';
import { grainScenario, investmentScenario, vaccineScenario, wasteScenario } from './round11train.js';
import { adequacyScenario, nhsScenario, sealScenario, unityScenario } from './round11train2.js';
import { copperScenario, powershareScenario } from './round12.js';
import { footballScenario, reactorScenario, tunnelScenario } from './round12train.js';
import { gascapScenario, patentScenario, peaceScenario } from './round12train2.js';
import { maritimeH9Scenario, teachersH9Scenario } from './round13.js';
import { farmtariffScenario, hospitalmergerScenario, veshtaScenario } from './round13train.js';
import { bondsScenario, enrichScenario, pilotsScenario } from './round13train2.js';
import { interconnectorScenario, karshaScenario, pensionScenario } from './round14train.js';
import { korsaScenario, polarScenario, replicaScenario } from './round14train2.js';
import { deltaH10Scenario, hospitalsH10Scenario } from './round15.js';
import { campusH11Scenario, damH11Scenario } from './round16.js';
import { dstT17Scenario, hostageT17Scenario, transitT17Scenario } from './round16train.js';
import { footballCbaScenario, islandFinanceScenario, sumbaraScenario } from './round16train2.js';
import { airmergerH12Scenario, withdrawalH12Scenario } from './round17.js';
import { marengaT19Scenario, nursesT19Scenario, wadirraT19Scenario } from './round17train.js';
import { enclaveT20Scenario, fishingT20Scenario, waterT20Scenario } from './round17train2.js';
import { coalitionT21Scenario, docksT21Scenario, warheadsT21Scenario } from './round17train3.js';
import { broadcasterH13Scenario, enclaveH13Scenario } from './round18.js';
import { ftaT22Scenario, guerrillaT22Scenario, schoolsT22Scenario } from './round18train.js';
import { drugsT23Scenario, plantT23Scenario, returnsT23Scenario } from './round18train2.js';
import { doctorsT24Scenario, hsfishT24Scenario, provinceT24Scenario } from './round18train3.js';
import { carplantH14Scenario, corridorH14Scenario } from './round19.js';
import { cblevyT25Scenario, halvikT25Scenario, zeratT25Scenario } from './round19train.js';
import { lakeT26Scenario, rerunT26Scenario, stadiumT26Scenario } from './round19train2.js';
import { ukraineLexicon, ukraineScenario } from './ukraine.js';

export const EVAL_SCENARIOS: Record<string, Scenario> = {
  ukraine: ukraineScenario,
  trade: tradeScenario,
  labour: labourScenario,
  island: islandScenario,
  climate: climateScenario,
  ceasefire: ceasefireScenario,
  river: riverScenario,
  maritime: maritimeScenario,
  separatist: separatistScenario,
  pipeline: pipelineScenario,
  nuclear_tr: nuclearScenario,
  coalition_tr: coalitionScenario,
  humanitarian_tr: humanitarianScenario,
  arms_t4: armsScenario,
  fisheries_t4: fisheriesScenario,
  hospital_t4: hospitalScenario,
  teachers_t3: teachersScenario,
  exit_t3: exitScenario,
  hostage_t3: hostageScenario,
  guerrilla_t5: guerrillaScenario,
  corridor_t5: corridorScenario,
  council_t5: councilScenario,
  broadcast_t5: broadcastScenario,
  truce_t6: truceScenario,
  debt_t6: debtScenario,
  islands_t6: islandsScenario,
  airline_t6: airlineScenario,
  siege_t7: siegeScenario,
  dam_t7: damScenario,
  tariff_t7: tariffScenario,
  wage_t7: wageScenario,
  enclave_t8: enclaveScenario,
  finance_t8: financeScenario,
  strike_t8: strikeScenario,
  merger_t8: mergerScenario,
  borderwar_h6: borderwarScenario,
  port_h6: portScenario,
  unity_t10: unityScenario,
  adequacy_t10: adequacyScenario,
  nhs_t10: nhsScenario,
  seal_t10: sealScenario,
  investment_t9: investmentScenario,
  vaccine_t9: vaccineScenario,
  waste_t9: wasteScenario,
  grain_t9: grainScenario,
  disarm_h7: disarmScenario,
  actors_h7: actorsScenario,
  gascap_t12: gascapScenario,
  peace_t12: peaceScenario,
  patent_t12: patentScenario,
  tunnel_t11: tunnelScenario,
  reactor_t11: reactorScenario,
  football_t11: footballScenario,
  powershare_h8: powershareScenario,
  copper_h8: copperScenario,
  farmtariff_t13: farmtariffScenario,
  veshta_t13: veshtaScenario,
  hospitalmerger_t13: hospitalmergerScenario,
  maritime_h9: maritimeH9Scenario,
  teachers_h9: teachersH9Scenario,
  enrich_t14: enrichScenario,
  pilots_t14: pilotsScenario,
  bonds_t14: bondsScenario,
  karsha_t15: karshaScenario,
  interconnector_t15: interconnectorScenario,
  pension_t15: pensionScenario,
  korsa_t16: korsaScenario,
  replica_t16: replicaScenario,
  polar_t16: polarScenario,
  delta_h10: deltaH10Scenario,
  hospitals_h10: hospitalsH10Scenario,
  dam_h11: damH11Scenario,
  campus_h11: campusH11Scenario,
  hostage_t17: hostageT17Scenario,
  dst_t17: dstT17Scenario,
  transit_t17: transitT17Scenario,
  sumbara_t18: sumbaraScenario,
  islandfinance_t18: islandFinanceScenario,
  footballcba_t18: footballCbaScenario,
  withdrawal_h12: withdrawalH12Scenario,
  airmerger_h12: airmergerH12Scenario,
  wadirra_t19: wadirraT19Scenario,
  marenga_t19: marengaT19Scenario,
  nurses_t19: nursesT19Scenario,
  enclave_t20: enclaveT20Scenario,
  fishing_t20: fishingT20Scenario,
  water_t20: waterT20Scenario,
  warheads_t21: warheadsT21Scenario,
  coalition3_t21: coalitionT21Scenario,
  docks_t21: docksT21Scenario,
  enclave_h13: enclaveH13Scenario,
  broadcaster_h13: broadcasterH13Scenario,
  guerrilla_t22: guerrillaT22Scenario,
  fta_t22: ftaT22Scenario,
  schools_t22: schoolsT22Scenario,
  plant_t23: plantT23Scenario,
  returns_t23: returnsT23Scenario,
  drugs_t23: drugsT23Scenario,
  province_t24: provinceT24Scenario,
  hsfish_t24: hsfishT24Scenario,
  doctors_t24: doctorsT24Scenario,
  corridor_h14: corridorH14Scenario,
  carplant_h14: carplantH14Scenario,
  zerat_t25: zeratT25Scenario,
  cblevy_t25: cblevyT25Scenario,
  halvik_t25: halvikT25Scenario,
  rerun_t26: rerunT26Scenario,
  lake_t26: lakeT26Scenario,
  stadium_t26: stadiumT26Scenario,
};

/** Per-scenario lexicon patches used by the evaluation (and by a CLI run with --lexicon). */
export const EVAL_LEXICONS: Record<string, LexiconPatch> = { ukraine: ukraineLexicon };
