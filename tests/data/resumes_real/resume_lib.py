"""Resume text generator for the resumes_real blind set (used by make.py).

Everything is driven by a random.Random passed in; no clock, no global state.
Bullet pools are per job kind. Padding bullets never name a place or an agency, so the only
places/agencies in a resume are the ones the case puts there on purpose.
"""
import re
from datetime import date

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

STATE_NAMES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island",
    "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah",
    "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia",
}

# ----------------------------------------------------------------------------------------
# Bullet pools (past tense, no places, no agency names)
# ----------------------------------------------------------------------------------------
POOLS = {
    "police": [
        "Responded to an average of 12-18 calls for service per shift, including domestic disturbances, burglaries in progress, welfare checks and traffic collisions.",
        "Conducted preliminary criminal investigations, interviewed victims and witnesses, and prepared detailed incident and arrest reports in the records management system.",
        "Made more than 300 custodial arrests for felony and misdemeanor offenses with no sustained use-of-force complaints.",
        "Testified in municipal, county and district court; worked with prosecutors on case preparation and discovery.",
        "Served as a Field Training Officer (FTO) for nine probationary officers; completed daily observation reports and end-of-phase evaluations.",
        "Member of the Crisis Intervention Team (CIT); de-escalated mental-health calls and coordinated with mobile crisis units and hospitals.",
        "Executed search and arrest warrants as a member of the tactical team; planned entries and briefed perimeter units.",
        "Conducted DWI enforcement; certified in Standardized Field Sobriety Testing and as an evidential breath test operator.",
        "Patrolled an assigned beat in a marked unit; performed proactive traffic enforcement, foot patrol and community policing.",
        "Collected, packaged and logged physical evidence following chain-of-custody procedures; processed scenes for latent prints.",
        "Used body-worn camera and in-car video systems; reviewed footage for report accuracy and court exhibits.",
        "Completed annual in-service training: firearms qualification, defensive tactics, legal updates, racial profiling and de-escalation.",
    ],
    "detective": [
        "Carried a caseload of 25-40 open investigations (robbery, aggravated assault, burglary, identity theft).",
        "Wrote and executed search warrants for residences, vehicles, phones and social-media accounts.",
        "Conducted custodial and non-custodial interviews; obtained confessions later upheld on suppression motions.",
        "Coordinated with crime-scene investigators, the crime lab and prosecutors from arrest through trial.",
        "Ran surveillance operations and controlled buys with informants; maintained informant files.",
        "Prepared case files and presented cases for charging; testified before grand juries.",
    ],
    "deputy": [
        "Patrolled unincorporated areas of the county; answered calls for service and backed up municipal agencies.",
        "Served civil process, writs, evictions and protective orders.",
        "Provided courtroom security and transported prisoners between the jail, courts and state facilities.",
        "Investigated property crimes, thefts and narcotics offenses; prepared probable-cause affidavits.",
        "Worked contract patrol for a school district; taught drug-awareness classes to middle-school students.",
        "Qualified quarterly with duty pistol and patrol rifle; certified taser and OC instructor.",
    ],
    "trooper": [
        "Enforced traffic and criminal laws on interstate and state highways; averaged 120 contacts per month.",
        "Investigated crashes, including serious-injury and fatality crashes; trained in Level II crash reconstruction.",
        "Conducted commercial motor vehicle inspections (CVSA Level I) and hazardous-materials checks.",
        "Performed criminal interdiction stops resulting in seizures of narcotics, weapons and bulk currency.",
        "Assisted motorists, managed scenes during severe weather and supported local agencies in rural counties.",
        "Worked dignitary protection details and event security at the state capitol.",
    ],
    "bp": [
        "Performed line watch, sign cutting, traffic check and transportation check operations along the international boundary.",
        "Apprehended undocumented noncitizens and smugglers; processed subjects and prepared prosecution packets.",
        "Used night-vision equipment, remote video surveillance systems and unattended ground sensors to detect illegal entries.",
        "Worked with Assistant U.S. Attorneys on alien-smuggling and narcotics prosecutions.",
        "Maintained proficiency in Spanish; qualified on duty handgun, M4 carbine and less-lethal devices.",
        "Served as a collateral-duty EMT and search-and-rescue team member.",
    ],
    "dusm": [
        "Apprehended violent federal and state fugitives as a member of a regional fugitive task force.",
        "Produced federal prisoners for court; managed cellblock operations and prisoner transport.",
        "Provided protective details for federal judges, prosecutors and witnesses.",
        "Conducted threat investigations on members of the federal judiciary.",
        "Managed seized assets, conducted pre-seizure planning and executed court-ordered seizures.",
        "Trained and deputized task-force officers; coordinated with state and local partners.",
    ],
    "fedsa": [
        "Conducted complex criminal investigations of fraud, drug trafficking and money laundering.",
        "Authored affidavits in support of search warrants, arrest warrants and Title III intercepts.",
        "Managed confidential human sources and undercover operations.",
        "Coordinated with Assistant U.S. Attorneys through indictment, trial and sentencing.",
        "Analyzed financial records, subpoena returns and digital evidence.",
        "Served as a firearms and defensive-tactics instructor for the division.",
    ],
    "cbpo": [
        "Inspected travelers, vehicles and cargo at a port of entry for admissibility and contraband.",
        "Conducted secondary inspections; interviewed travelers and reviewed documents for fraud.",
        "Seized narcotics, undeclared currency and counterfeit goods; prepared seizure reports.",
        "Enforced immigration, customs and agriculture laws; processed expedited removals.",
        "Used TECS, ATS and biometric systems to target high-risk travelers and shipments.",
    ],
    "fedpolice": [
        "Patrolled a federal facility and grounds on foot and in a marked vehicle; responded to alarms and disturbances.",
        "Enforced federal and assimilated state laws on federal property; issued violation notices.",
        "Conducted preliminary investigations of thefts, assaults and threats; wrote incident reports.",
        "Screened visitors and vehicles at access control points.",
        "Responded to behavioral-health crises in coordination with clinical staff.",
    ],
    "ranger": [
        "Patrolled backcountry and frontcountry areas of the park; enforced federal regulations.",
        "Investigated resource violations, vehicle accidents and visitor incidents.",
        "Performed search and rescue and emergency medical services as a Parkmedic.",
        "Conducted structural and wildland fire support as a collateral duty.",
    ],
    "corrections": [
        "Supervised a 64-bed general-population housing unit; conducted counts, cell searches and security rounds.",
        "Escorted inmates to medical, visitation, recreation and court appointments.",
        "Wrote disciplinary reports and testified at administrative hearings.",
        "Responded to emergency codes; trained in cell extraction and use-of-force policy.",
        "Monitored inmate telephone and mail for contraband and security threats.",
        "Maintained logs, key control and tool control in accordance with post orders.",
    ],
    "probation": [
        "Managed a caseload of 85 adult felony probationers; monitored compliance with court-ordered conditions.",
        "Prepared pre-sentence investigation reports and sentencing recommendations for the court.",
        "Conducted home and field visits, drug testing and employment verification.",
        "Filed violation reports and testified at revocation hearings.",
        "Referred clients to substance-abuse treatment, cognitive programs and workforce services.",
        "Used validated risk-needs assessments to set supervision levels.",
    ],
    "reserve": [
        "Volunteered 16-24 hours per month on patrol as a second officer under the supervision of a full-time officer.",
        "Assisted with traffic control at special events, parades and school functions.",
        "Completed reserve academy modules and annual in-service training as required for reserve status.",
        "Helped staff DUI checkpoints, community events and emergency-operations support.",
    ],
    "cadet": [
        "Completed physical training, defensive tactics and classroom modules in criminal law and procedure.",
        "Participated in scenario-based training and emergency vehicle operations course.",
        "Maintained academic average above 85% before separation from the academy.",
    ],
    "loan": [
        "Originated $38M in residential mortgage loans annually (conventional, FHA, VA and USDA).",
        "Pre-qualified borrowers, analyzed credit, income and assets, and structured loan programs.",
        "Built referral relationships with real estate agents, builders and financial planners.",
        "Maintained a 96% on-time closing rate and top-decile customer satisfaction scores.",
        "Ensured compliance with TRID, RESPA and fair-lending requirements.",
        "Mentored junior loan officers and loan officer assistants on pipeline management.",
    ],
    "compliance": [
        "Administered the BSA/AML program, including CIP, CDD/EDD and suspicious activity monitoring.",
        "Filed SARs and CTRs; served as liaison to examiners during regulatory exams.",
        "Drafted policies and procedures; trained 300+ employees annually on compliance topics.",
        "Conducted risk assessments and internal audits; tracked remediation of findings.",
        "Monitored regulatory changes and advised senior management on impact.",
    ],
    "navy": [
        "Supervised a division of 14 sailors; managed watch bills, qualifications and evaluations.",
        "Maintained deck equipment, small boats and underway replenishment rigs.",
        "Qualified Enlisted Surface Warfare Specialist (ESWS).",
        "Served as command training coordinator and collateral-duty safety petty officer.",
        "Completed two deployments; recognized with a Navy and Marine Corps Achievement Medal.",
    ],
    "army": [
        "Flew 1,400+ hours as pilot-in-command in training, medevac and air-assault missions.",
        "Served as unit safety officer and standardization instructor pilot.",
        "Planned missions, briefed crews and managed aircraft maintenance schedules.",
        "Deployed twice in support of overseas contingency operations.",
        "Supervised and mentored junior officers and enlisted crew chiefs.",
    ],
    "mp": [
        "Conducted installation law-enforcement patrols, access control and traffic enforcement on a military installation.",
        "Responded to incidents on post; prepared military police reports and sworn statements.",
        "Performed area security, convoy escort and detainee operations during deployment.",
        "Trained soldiers on weapons qualification, combatives and land navigation.",
        "Served as squad leader responsible for 9 soldiers and their equipment.",
    ],
    "exec": [
        "Led finance, accounting, budgeting, treasury and audit functions for a $45M organization.",
        "Built the annual operating budget and five-year financial plan; presented to the board.",
        "Oversaw grant compliance, Uniform Guidance and single-audit preparation.",
        "Implemented a new ERP system on time and under budget.",
        "Managed a team of 12 accounting and payroll professionals.",
    ],
    "ciso": [
        "Built the information security program, policies and risk register.",
        "Led incident response, vulnerability management and security awareness training.",
        "Managed SOC 2 and NIST 800-53 assessments with external auditors.",
        "Reported security posture to the executive team and board quarterly.",
    ],
    "security": [
        "Patrolled assigned property on foot and by vehicle; checked doors, alarms and fire equipment.",
        "Monitored CCTV and access control systems; issued badges and logged visitors.",
        "Wrote daily activity and incident reports; contacted local authorities when needed.",
        "Provided customer service at the front desk and escorted employees to vehicles after dark.",
        "Held a state guard card; completed first aid/CPR/AED and de-escalation training.",
    ],
    "code": [
        "Inspected residential and commercial properties for violations of municipal property-maintenance and zoning codes.",
        "Issued notices of violation and administrative citations; presented cases to the hearing officer.",
        "Responded to citizen complaints about junk vehicles, overgrown lots, illegal dumping and signage.",
        "Worked with neighborhood associations and social services on voluntary compliance.",
    ],
    "animal": [
        "Responded to calls about stray, injured, dangerous and neglected animals.",
        "Investigated animal bites and cruelty complaints; issued citations under the municipal animal code.",
        "Impounded animals, maintained shelter intake records and educated owners on licensing.",
        "Operated a climate-controlled animal transport vehicle and capture equipment.",
    ],
    "tsa": [
        "Screened passengers and baggage using walk-through metal detectors, AIT and CT X-ray systems.",
        "Performed pat-downs and bag searches in accordance with standard operating procedures.",
        "Identified prohibited items and escalated to supervisors and airport police when required.",
        "Maintained certification through recurrent training and image-recognition testing.",
    ],
    "dispatch": [
        "Answered 911 and non-emergency calls; dispatched police, fire and EMS using CAD.",
        "Ran NCIC/state warrant, driver and vehicle checks for field units.",
        "Provided emergency medical dispatch pre-arrival instructions (EMD certified).",
        "Trained new telecommunicators as a communications training officer.",
    ],
    "analyst": [
        "Produced crime-pattern bulletins, hot-spot maps and weekly statistics for command staff.",
        "Queried RMS and CAD data using SQL; built dashboards in ArcGIS and Power BI.",
        "Supported investigators with link analysis, phone toll analysis and social-network charts.",
        "Prepared grant reports and presented at monthly accountability meetings.",
    ],
    "clerk": [
        "Processed public records requests and report redactions within statutory deadlines.",
        "Entered citations, warrants and incident reports into the records system.",
        "Answered the front counter and phones; assisted citizens with report copies and fingerprinting.",
        "Maintained confidentiality of criminal justice information (CJIS certified).",
    ],
    "retail": [
        "Managed a store with $6.2M in annual sales and a team of 35 associates.",
        "Hired, trained and scheduled staff; reduced turnover 22% in one year.",
        "Controlled inventory shrink through audits and loss-prevention partnerships.",
        "Handled customer escalations and maintained store standards.",
    ],
    "lp": [
        "Detected and apprehended shoplifters in accordance with company policy and state merchant law.",
        "Conducted internal investigations of employee theft; obtained written admissions.",
        "Monitored CCTV and EAS systems; performed store audits.",
        "Prepared case files for civil recovery and worked with local authorities on prosecutions.",
    ],
    "warehouse": [
        "Supervised 40 associates on second shift in a 600,000 sq ft distribution center.",
        "Met or exceeded pick-rate and accuracy targets for 18 consecutive months.",
        "Operated forklifts, reach trucks and order pickers; certified trainer.",
        "Led safety walks and reduced recordable injuries by 30%.",
    ],
    "nurse": [
        "Provided emergency nursing care in a Level I trauma center (50 beds).",
        "Triaged patients using ESI; administered medications and monitored critical patients.",
        "Served as charge nurse; coordinated bed flow and staffing.",
        "Certified in ACLS, PALS, TNCC; SANE-trained.",
    ],
    "software": [
        "Designed and built integrations between CAD, RMS and mobile data terminals.",
        "Led deployments for public-sector customers; trained end users and wrote documentation.",
        "Wrote Python and C# services; maintained CI/CD pipelines.",
        "Provided tier-3 support and on-call rotation for mission-critical systems.",
    ],
    "sales": [
        "Managed a territory of public-safety and government accounts; exceeded quota three straight years.",
        "Ran product demonstrations, pilots and procurement processes, including cooperative contracts.",
        "Maintained pipeline in Salesforce; forecast accurately within 5%.",
        "Partnered with customer-success teams on deployments and renewals.",
    ],
    "teacher": [
        "Taught U.S. history and civics to grades 9-12; developed standards-aligned curriculum.",
        "Coached varsity wrestling and sponsored the mock-trial club.",
        "Served on the campus safety committee and the PBIS team.",
        "Differentiated instruction for English learners and students with IEPs.",
    ],
    "medic": [
        "Provided advanced life support as a paramedic on a 911 ambulance.",
        "Managed cardiac arrests, trauma and overdose calls; documented in ePCR.",
        "Worked joint scenes with police and fire; trained in tactical emergency casualty care.",
        "Precepted paramedic students and new hires.",
    ],
    "hr": [
        "Managed benefits enrollment, leave administration and payroll coordination.",
        "Recruited and onboarded 150+ employees per year.",
        "Advised managers on discipline, grievances and collective bargaining agreements.",
        "Maintained HRIS data integrity and produced workforce reports.",
    ],
    "writer": [
        "Reported and wrote daily and enterprise stories; broke news on deadline.",
        "Filed public records requests and analyzed data for investigative pieces.",
        "Built sources across city hall, courts and community groups.",
        "Produced video and social-media content for breaking news.",
    ],
    "mechanic": [
        "Maintained and repaired a fleet of 300+ vehicles, including pursuit-rated sedans and SUVs.",
        "Installed lights, sirens, radios, cages and mobile computers in new vehicles.",
        "Performed diagnostics, preventive maintenance and warranty work.",
        "Held ASE Master Technician certification.",
    ],
    "legal": [
        "Drafted pleadings, motions and discovery; managed case calendars.",
        "Interviewed clients and witnesses; summarized depositions and records.",
        "Coordinated with attorneys on grievance arbitrations and disciplinary appeals.",
        "Maintained document management and e-filing.",
    ],
    "social": [
        "Provided crisis counseling and case management to adults with serious mental illness.",
        "Co-responded with law enforcement to behavioral-health calls.",
        "Completed psychosocial assessments and safety plans.",
        "Coordinated housing, benefits and treatment referrals.",
    ],
    "investigator": [
        "Investigated suspicious insurance claims; conducted recorded statements and scene examinations.",
        "Performed database, social-media and public-records research.",
        "Prepared reports for referral to the state fraud bureau.",
        "Testified in depositions and civil trials.",
    ],
    "admin": [
        "Managed calendars, travel and correspondence for senior leaders.",
        "Coordinated meetings, training events and committee minutes.",
        "Processed purchase orders, invoices and budget reconciliations.",
        "Maintained filing systems and office procedures.",
    ],
    "student": [
        "Maintained a 3.4 GPA while working 25 hours per week.",
        "Completed coursework in criminology, constitutional law, ethics and research methods.",
        "Served as treasurer of the Criminal Justice Student Association.",
        "Completed a senior capstone on community-oriented policing strategies.",
    ],
}

ALIASES = {"trooper_sgt": "trooper"}

GENERIC = [
    "Recognized as Employee of the Quarter twice for reliability and teamwork.",
    "Trained and mentored new hires; wrote the onboarding checklist still in use.",
    "Maintained a perfect attendance record for three consecutive years.",
    "Volunteered for holiday, overnight and weekend coverage to support staffing shortages.",
    "Prepared clear written reports and emails for supervisors and outside partners.",
    "Used Microsoft Word, Excel, Outlook and Teams daily; comfortable learning new software quickly.",
    "Handled confidential information in accordance with privacy and records-retention rules.",
    "Resolved conflicts with customers and coworkers calmly and professionally.",
    "Served on the workplace safety committee and helped update emergency procedures.",
    "Coordinated with other shifts and departments to keep operations running smoothly.",
    "Tracked performance metrics and suggested process changes adopted by management.",
    "Completed all required annual compliance training on time.",
]

TRAIN_SWORN = ["Crisis Intervention Team (CIT), 40 hours", "Advanced Roadside Impaired Driving Enforcement (ARIDE)",
               "Field Training Officer course, 40 hours", "Interview and Interrogation (Reid Technique)",
               "Spanish for Law Enforcement", "Active Shooter Response (ALERRT Level I)",
               "Instructor Development Course", "Tactical Emergency Casualty Care (TECC)"]
TRAIN_CIVIL = ["CPR/AED/First Aid, American Red Cross", "OSHA 10-Hour General Industry",
               "Microsoft Excel: Intermediate and Advanced (LinkedIn Learning)", "Mental Health First Aid",
               "Verbal Judo / Tactical Communication, 8 hours", "FEMA IS-100 and IS-700 (online)",
               "Conflict Resolution in the Workplace", "Project Management Fundamentals"]
SKILLS = ["Bilingual: English / Spanish (conversational)", "Valid driver's license, clean record",
          "Microsoft Office Suite, Google Workspace", "Report writing and documentation",
          "Customer service and de-escalation", "Physical fitness: completes 1.5-mile run under 13 minutes",
          "Able to work rotating shifts, weekends and holidays", "Willing to relocate anywhere in the United States",
          "Team leadership and scheduling", "Typing 55 WPM"]
ADDL = ["Willing to relocate and to travel up to 50% of the time.",
        "Eligible for and willing to undergo a full background investigation and polygraph.",
        "No tattoos visible in uniform; meets grooming standards.",
        "Enjoys hiking, coaching youth soccer and volunteering at the local food bank.",
        "Available to start immediately; two weeks' notice to current employer."]
SWORN_KINDS = {"police", "detective", "deputy", "trooper", "bp", "dusm", "fedsa", "cbpo", "fedpolice", "ranger"}

SUMMARY = {
    "police": "Patrol officer with {y} years of experience in community policing, criminal investigations and crisis intervention. Calm under pressure, strong report writer, bilingual English/Spanish.",
    "detective": "Investigator with {y} years of sworn experience in patrol and major-case investigations.",
    "deputy": "Deputy with {y} years of experience in patrol, civil process and court security.",
    "trooper": "Highway patrol professional with {y} years of traffic and criminal enforcement experience.",
    "bp": "Federal agent with {y} years of border enforcement experience; Spanish-proficient; FLETC graduate.",
    "dusm": "Federal law enforcement professional with {y} years of fugitive, judicial security and prisoner operations experience.",
    "fedsa": "Federal criminal investigator with {y} years of experience leading complex investigations.",
    "cbpo": "Port-of-entry officer with {y} years of inspection and enforcement experience.",
    "fedpolice": "Uniformed federal police officer with {y} years of patrol and facility protection experience.",
    "ranger": "Commissioned park ranger with {y} years of resource protection and emergency services.",
    "corrections": "Corrections professional with {y} years of experience in inmate supervision and facility security.",
    "probation": "Community supervision professional with {y} years managing high-risk caseloads.",
    "reserve": "Community-minded volunteer with {y} years of reserve service alongside a full-time career.",
    "cadet": "Former police recruit with academy training in criminal law, defensive tactics and report writing.",
    "loan": "Results-driven mortgage professional with {y} years of origination experience and a referral-based business.",
    "compliance": "Compliance professional with {y} years in BSA/AML, regulatory exams and policy development.",
    "navy": "Navy veteran with {y} years of leadership, maintenance and training experience.",
    "army": "Army aviator and leader with {y} years of service.",
    "mp": "Army veteran with {y} years as a military police soldier and team leader.",
    "exec": "Finance executive with {y} years of experience in nonprofit and public-sector organizations.",
    "ciso": "Security leader with {y} years of experience building information security programs.",
    "security": "Reliable security professional with {y} years of experience protecting people and property.",
    "code": "Municipal code enforcement professional with {y} years of field experience.",
    "animal": "Animal services professional with {y} years of field and shelter experience.",
    "tsa": "Federal screening professional with {y} years of aviation security experience.",
    "dispatch": "Public-safety telecommunicator with {y} years of 911 experience.",
    "analyst": "Crime and intelligence analyst with {y} years of experience turning data into operations.",
    "clerk": "Records professional with {y} years of experience in a public-safety records unit.",
    "retail": "Retail leader with {y} years of multi-unit management experience.",
    "lp": "Loss prevention professional with {y} years of investigations experience.",
    "warehouse": "Operations supervisor with {y} years in distribution and logistics.",
    "nurse": "Emergency nurse with {y} years of trauma experience.",
    "software": "Software engineer with {y} years building public-safety systems.",
    "sales": "Public-sector sales professional with {y} years of quota-carrying experience.",
    "teacher": "Educator with {y} years of classroom and coaching experience.",
    "medic": "Paramedic with {y} years of 911 experience.",
    "hr": "Human resources generalist with {y} years of public-sector experience.",
    "writer": "Journalist with {y} years covering public safety, courts and local government.",
    "mechanic": "Fleet technician with {y} years of experience in public-sector fleets.",
    "legal": "Paralegal with {y} years of experience in labor and employment law.",
    "social": "Licensed social worker with {y} years of crisis and community mental-health experience.",
    "investigator": "Investigator with {y} years of experience in insurance fraud.",
    "admin": "Administrative professional with {y} years of experience supporting senior leaders.",
    "student": "Motivated criminal justice graduate eager to serve the public.",
}

SKILL_HEADS = ["Investigations & Reporting", "Communication & De-escalation", "Leadership & Training",
               "Operations", "Technology", "Customer Service", "Safety & Compliance"]

GENRES = ["chrono", "chrono", "usajobs", "linkedin", "functional", "cover", "pdf", "pdf"]


def ym(s):
    y, m = s.split("-")[:2]
    return int(y), int(m)


def months_between(s, e):
    (y1, m1), (y2, m2) = ym(s), ym(e)
    return (y2 - y1) * 12 + (m2 - m1)


def fmt_d(s, style, present_word):
    if s is None:
        return present_word
    y, m = ym(s)
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mm":
        return f"{m:02d}/{y}"
    if style == "year":
        return str(y)
    raise ValueError(style)


def fmt_range(s, e, style, sep, present_word):
    return f"{fmt_d(s, style, present_word)}{sep}{fmt_d(e, style, present_word)}"


class Resume:
    def __init__(self, rng, person, jobs, hire_date, position_title, kind0, **extras):
        self.r = rng
        self.p = person
        self.jobs = jobs
        self.hire = hire_date
        self.position = position_title
        self.kind0 = kind0
        self.x = extras
        self.style = extras.get("date_style") or rng.choice(["mon", "month", "mm", "mm", "mon", "year"])
        self.sep = rng.choice([" – ", " - ", "-", " to ", " — "])
        if self.style == "year" and self.sep == "-":
            self.sep = " to "
        self.present = rng.choice(["Present", "Present", "Current", "present", "Now"])
        self.bullet = rng.choice(["•", "•", "-", "*", "▪", "o"])
        self.caps = rng.random() < 0.7

    # ---- helpers
    def H(self, s):
        return s.upper() if self.caps else s

    def dates(self, j):
        return fmt_range(j["start"], j["end"], self.style, self.sep, self.present)

    def name(self):
        p = self.p
        mid = (" " + p["middle"][0] + ".") if p.get("middle") and self.r.random() < 0.6 else ""
        suf = (" " + p["suffix"]) if p.get("suffix") else ""
        return f"{p.get('display_first') or p['first']}{mid} {p['last']}{suf}"

    def contact(self):
        p = self.p
        return f"{p['street']}, {p['city']}, {p['st']} {p['zip']} | {p['phone']} | {p['email']}"

    def years(self, j):
        end = j["end"] or self.hire[:7]
        return max(1, round(months_between(j["start"], end) / 12))

    def bullets_for(self, j, n):
        kind = ALIASES.get(j["kind"], j["kind"])
        pool = list(POOLS.get(kind, POOLS["admin"]))
        self.r.shuffle(pool)
        own = list(j.get("bullets", []))
        out = own + pool[: max(0, n - len(own))]
        if len(out) < n:
            g = list(GENERIC)
            self.r.shuffle(g)
            out += g[: n - len(out)]
        return out

    def summary(self):
        if self.x.get("summary"):
            return self.x["summary"]
        j = self.jobs[0] if self.jobs else None
        k = ALIASES.get(j["kind"], j["kind"]) if j else "student"
        total = sum(self.years(jj) for jj in self.jobs if ALIASES.get(jj["kind"], jj["kind"]) == k) if j else 0
        return SUMMARY.get(k, SUMMARY["admin"]).format(y=total or 1)

    def loc(self, j, full_state=False):
        loc = j.get("loc", "")
        if full_state and loc and re.search(r", [A-Z]{2}$", loc):
            c, st = loc.rsplit(", ", 1)
            loc = f"{c}, {STATE_NAMES.get(st, st)}, United States"
        return loc

    def sections(self):
        """Extra sections as (heading, lines)."""
        out = []
        order = [("edu", "Education"), ("certs", "Certifications & Licenses"),
                 ("training", "Training"), ("awards", "Awards & Recognition"),
                 ("volunteer", "Volunteer Experience"), ("skills", "Skills"),
                 ("other", "Additional Information"), ("refs", "References")]
        fill = getattr(self, "fill", 0)
        sworn = any(j["kind"] in SWORN_KINDS for j in self.jobs)
        for key, head in order:
            v = list(self.x.get(key) or [])
            if fill >= 1 and key == "training":
                v += self.fr.sample(TRAIN_SWORN if sworn else TRAIN_CIVIL, 3 + fill)
            if fill >= 1 and key == "skills":
                v += self.fr.sample(SKILLS, 3 + fill)
            if fill >= 2 and key == "other":
                v += self.fr.sample(ADDL, 2)
            if v:
                out.append((head, v))
        if not self.x.get("refs") and self.r.random() < 0.4:
            out.append(("References", ["Available upon request."]))
        return out

    # ---- genres
    def chrono(self, nb):
        L = []
        L.append(self.name().upper() if self.r.random() < 0.5 else self.name())
        L.append(self.contact())
        L.append("")
        L.append(self.H(self.r.choice(["Professional Summary", "Summary", "Profile", "Summary of Qualifications"])))
        L.append(self.summary())
        if self.x.get("intro"):
            L.append(self.x["intro"])
        L.append("")
        L.append(self.H(self.r.choice(["Professional Experience", "Experience", "Work History", "Employment"])))
        layout = self.r.choice([0, 1, 2])
        for j in self.jobs:
            loc = self.loc(j)
            if layout == 0:
                L.append(j["title"])
                L.append(f"{j['employer']}{' — ' + loc if loc else ''} | {self.dates(j)}")
            elif layout == 1:
                L.append(f"{j['employer']}{', ' + loc if loc else ''}")
                L.append(f"{j['title']}\t\t{self.dates(j)}")
            else:
                L.append(f"{self.dates(j)}  {j['title']}, {j['employer']}{' (' + loc + ')' if loc else ''}")
            for b in self.bullets_for(j, nb):
                L.append(f"{self.bullet} {b}")
            L.append("")
        for head, lines in self.sections():
            L.append(self.H(head))
            for ln in lines:
                L.append(f"{self.bullet} {ln}" if head not in ("References",) and self.r.random() < 0.6 else ln)
            L.append("")
        return "\n".join(L).strip()

    def usajobs(self, nb):
        L = [self.name(), f"{self.p['street']}", f"{self.p['city']}, {self.p['st']} {self.p['zip']} US",
             f"Mobile: {self.p['phone']}", f"Email: {self.p['email']}", "",
             "Availability: Job Type: Permanent  Work Schedule: Full-Time",
             "Desired locations: United States", "",
             "Citizenship: United States of America",
             f"Veterans' Preference: {self.x.get('vetpref', self.r.choice(['No', '5-Point Preference (TP)', '10-Point 30 Percent Compensable Disability Preference (CPS)']))}",
             f"Federal Status: {self.x.get('fedstatus', 'No')}", "", "WORK EXPERIENCE"]
        for j in self.jobs:
            loc = j.get("loc", "")
            sty = "mm"
            L.append(j["employer"])
            if loc:
                L.append(f"{loc} US" if re.search(r", [A-Z]{2}$", loc) else loc)
            L.append(fmt_range(j["start"], j["end"], sty, " - ", "Present"))
            sal = j.get("salary") or f"${self.r.randint(38, 118)},{self.r.randint(0, 999):03d}.00 Per Year"
            L.append(f"Salary: {sal}")
            L.append(f"Hours per week: {j.get('hours', self.r.choice([40, 40, 40, 42, 48, 50, 24]))}")
            if j.get("series"):
                L.append(f"Series: {j['series']}  Pay Plan: GS  Grade: {self.r.choice(['09', '11', '12', '13'])}")
            L.append(j["title"])
            L.append("Duties, Accomplishments and Related Skills:")
            for b in self.bullets_for(j, nb):
                L.append(b)
            sup = j.get("supervisor") or f"{self.r.choice(SUP_TITLES)} {self.r.choice(SUP_FIRST)} {self.r.choice(SUP_LAST)}"
            L.append(f"Supervisor: {sup} ({self.p['area']}-{self.r.randint(200, 989)}-{self.r.randint(1000, 9999)})")
            L.append(f"Okay to contact this Supervisor: {self.r.choice(['Yes', 'Yes', 'Contact me first', 'No'])}")
            L.append("")
        for head, lines in self.sections():
            h = {"Education": "EDUCATION", "Training": "JOB RELATED TRAINING", "References": "REFERENCES",
                 "Certifications & Licenses": "CERTIFICATIONS", "Additional Information": "ADDITIONAL INFORMATION"}.get(head, head.upper())
            L.append(h)
            L.extend(lines)
            L.append("")
        L.append("LANGUAGE SKILLS")
        L.append(self.r.choice(["Language: Spanish  Spoken: Intermediate  Written: Novice  Read: Intermediate", "Language: English  Spoken: Advanced  Written: Advanced  Read: Advanced"]))
        return "\n".join(L).strip()

    def linkedin(self, nb):
        p = self.p
        L = [self.name(), self.x.get("headline") or (self.jobs[0]["title"] + " at " + self.jobs[0]["employer"] if self.jobs else "Open to work"),
             f"{p['city']}, {STATE_NAMES[p['st']]}, United States · Contact info", "500+ connections", "", "About",
             self.summary() + (" " + self.x["intro"] if self.x.get("intro") else ""), "", "Experience"]
        for j in self.jobs:
            end = j["end"] or self.hire[:7]
            mo = months_between(j["start"], end) + 1
            y, m = divmod(mo, 12)
            dur = (f"{y} yr{'s' if y != 1 else ''} " if y else "") + (f"{m} mo{'s' if m != 1 else ''}" if m else "")
            L.append(j["title"])
            L.append(f"{j['employer']} · {j.get('emptype', 'Full-time')}")
            L.append(f"{fmt_range(j['start'], j['end'], 'mon', ' - ', 'Present')} · {dur.strip()}")
            loc = self.loc(j, full_state=True)
            if loc:
                L.append(loc)
            for b in self.bullets_for(j, max(2, nb - 2)):
                L.append(b if self.r.random() < 0.5 else "- " + b)
            L.append("")
        for head, lines in self.sections():
            h = {"Certifications & Licenses": "Licenses & certifications", "Volunteer Experience": "Volunteering",
                 "Awards & Recognition": "Honors & awards", "References": "Recommendations"}.get(head, head)
            L.append(h)
            L.extend(lines)
            L.append("")
        L.append("Skills")
        for s in self.r.sample(["Public Safety", "Report Writing", "Customer Service", "Leadership", "Microsoft Office", "Spanish", "Training", "Investigations", "Crisis Intervention"], 4):
            L.append(f"{s} · {self.r.randint(2, 40)} endorsements")
        return "\n".join(L).strip()

    def functional(self, nb):
        L = [self.name().upper(), self.contact(), "", self.H("Profile"), self.summary()]
        if self.x.get("intro"):
            L.append(self.x["intro"])
        L.append("")
        L.append(self.H("Areas of Expertise"))
        allb = []
        for j in self.jobs:
            allb.extend(self.bullets_for(j, nb))
        heads = self.r.sample(SKILL_HEADS, min(3, max(1, len(allb) // 3)))
        per = max(1, len(allb) // len(heads))
        for i, h in enumerate(heads):
            L.append(h)
            for b in allb[i * per:(i + 1) * per] if i < len(heads) - 1 else allb[i * per:]:
                L.append(f"  {self.bullet} {b}")
        L.append("")
        L.append(self.H("Employment History"))
        for j in self.jobs:
            loc = self.loc(j)
            L.append(f"{j['title']}, {j['employer']}{', ' + loc if loc else ''} ........ {self.dates(j)}")
        L.append("")
        for head, lines in self.sections():
            L.append(self.H(head))
            L.extend(lines)
            L.append("")
        return "\n".join(L).strip()

    def cover(self, nb):
        r = self.r
        L = [self.name(), self.contact(), "", "Dear Hiring Official:", "",
             f"I am writing to apply for the {self.position} position. "
             + (self.x.get("intro") or self.summary())]
        for i, j in enumerate(self.jobs):
            loc = self.loc(j)
            bl = [b[0].lower() + b[1:].rstrip(".") for b in self.bullets_for(j, nb)]
            when = (f"Since {fmt_d(j['start'], self.style, '')}" if j["end"] is None
                    else f"From {fmt_d(j['start'], self.style, '')} to {fmt_d(j['end'], self.style, '')}")
            verb = "I have worked" if j["end"] is None else "I worked"
            s = f"{when} {verb} as a {j['title']} with the {j['employer']}{' in ' + loc if loc else ''}."
            if j.get("narrative"):
                s = j["narrative"]
            head, tail = bl[:4], bl[4:]
            s += " In that role I " + ", ".join(head[:-1]) + (", and " if len(head) > 1 else "") + head[-1] + "."
            if tail:
                s += " " + " ".join(("I " if k % 2 == 0 else "I also ") + t + "." for k, t in enumerate(tail))
            L.append("")
            L.append(s)
        extra = []
        for head, lines in self.sections():
            if head == "References":
                continue
            extra.extend(l.rstrip(".") + "." for l in lines)
        if extra:
            L.append("")
            L.append("A few other things you should know about me: " + " ".join(extra))
        L.append("")
        L.append("Thank you for considering my application. I would welcome the opportunity to serve.")
        L.append("")
        L.append(r.choice(["Respectfully,", "Sincerely,", "Very respectfully,"]))
        L.append(self.name())
        refs = self.x.get("refs")
        if refs:
            L.append("")
            L.append("References")
            L.extend(refs)
        return "\n".join(L).strip()

    def pdf(self, nb):
        base = self.chrono(nb) if self.r.random() < 0.7 else self.usajobs(nb)
        r = self.r
        width = r.randint(52, 78)
        stray = r.choice(["", "▪", "●", "·", "\uf0b7", "o", "§"])
        base = base.replace("• ", stray + " ").replace("▪ ", stray + " ")
        out = []
        page = 1
        page_len = r.randint(38, 55)
        hdr = f"{self.p['last'].upper()}, {self.p['first'].upper()}   Page {{n}} of {{tot}}"
        for para in base.split("\n"):
            words = para.split(" ")
            line = ""
            for w in words:
                if len(line) + len(w) + 1 > width and line:
                    if len(w) > 7 and "-" not in w and r.random() < 0.35:
                        cut = r.randint(3, len(w) - 3)
                        out.append(line + " " + w[:cut] + "-")
                        line = w[cut:]
                    else:
                        out.append(line)
                        line = w
                else:
                    line = (line + " " + w) if line else w
            out.append(line)
            if len(out) >= page * page_len:
                page += 1
                out.append("")
                out.append(hdr.replace("{n}", str(page)))
                out.append("")
        tot = page
        text = "\n".join(out).replace("{tot}", str(tot))
        if r.random() < 0.5:
            text = text + f"\n\nResume of {self.p['first']} {self.p['last']} - confidential - page {tot} of {tot}"
        return text

    def render(self, genre):
        import random as _random
        seed = self.r.randint(0, 10**9)
        target = self.r.choice([170, 220, 280, 350, 450, 550, 700])
        nb = self.x.get("nb") or self.r.choice([4, 5, 6, 7])
        txt = ""
        for attempt in range(12):
            self.fill = min(attempt // 2, 3)
            self.r = _random.Random(seed)      # same choices each attempt, only more content
            self.fr = _random.Random(seed + 1)
            cand = getattr(self, genre)(nb)
            if len(cand.split()) > 900 and txt:
                break
            txt = cand
            if len(txt.split()) >= target:
                break
            nb += 1
        return txt


SUP_TITLES = ["Sgt.", "Lt.", "Mr.", "Ms.", "Capt.", "", "SBPA", "SSA"]
SUP_FIRST = ["Dana", "Michael", "Teresa", "Luis", "Kim", "Raymond", "Angela", "Marcus", "Jennifer", "Paul"]
SUP_LAST = ["Ortega", "Whitaker", "Nguyen", "Brennan", "Castillo", "Fowler", "Lindqvist", "Abernathy", "Moreno", "Tate"]
