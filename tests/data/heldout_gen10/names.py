"""Name pools for heldout_gen10 (families and populations). Weights are rough census-like
frequencies: the first names in each list are the most common."""

ANGLO_M = """James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel
Matthew Anthony Mark Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Jason
Edward Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon
Benjamin Samuel Gregory Frank Raymond Patrick Dennis Jerry Tyler Aaron Henry Douglas Peter Adam
Nathan Zachary Walter Kyle Harold Carl Jeremy Keith Roger Gerald Ethan Arthur Terry Christian
Sean Lawrence Austin Noah Jesse Albert Bryan Bruce Jordan Dylan Alan Ralph Gabriel Roy Wayne
Eugene Logan Randy Louis Russell Vincent Philip Bradley Dustin Landon Colby Garrett Tanner
Wesley Clayton Cody Travis Shane Dwight Lyle Emmett Silas Thaddeus Ambrose Barnaby""".split()
ANGLO_F = """Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy
Sandra Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie
Rebecca Sharon Laura Cynthia Amy Kathleen Angela Brenda Emma Anna Pamela Nicole Samantha
Katherine Christine Rachel Carolyn Janet Catherine Heather Diane Olivia Julie Victoria Ruth
Lauren Kelly Christina Andrea Hannah Megan Cheryl Jacqueline Martha Madison Teresa Gloria
Kathryn Abigail Sophia Alice Julia Grace Amber Denise Danielle Natalie Diana Brittany Kayla
Alexis Lori Marie Tabitha Priscilla Winifred Rosalind Imogen Philippa Henrietta""".split()
ANGLO_S = """Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore
Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott
Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans
Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Bailey Reed Kelly
Howard Cox Ward Richardson Watson Brooks Wood Bennett Gray Hughes Price Sanders Myers Long Ross
Foster Powell Jenkins Perry Russell Sullivan Bell Butler Henderson Barnes Fisher Graham Hamilton
Wallace Cole West Reynolds Ellis Gibson Stone Murray Ford Kennedy Wells Kilgore Whitcombe Pryce
Ashford Dunleavy Hargrove Pettigrew Blackwood Fairbanks Holloway Lockhart Merriweather Quimby
Thornton Underhill Winslow Abernathy Breckenridge Cavanaugh Drummond Eastwood Fenwick
Gallagher Hollister Ingersoll Kingsley Langford McAllister Northcott Ormsby Prescott
Radcliffe Satterfield Tolliver Vandermeer Whitfield Yardley""".split()

HISP_M = """Jose Juan Luis Carlos Jesus Miguel Francisco Antonio Jorge Alejandro Roberto Pedro Manuel
Ricardo Fernando Eduardo Javier Raul Mario Sergio Arturo Rafael Daniel Oscar Hector Enrique
Ruben Gerardo Alberto Guillermo Victor Ramon Ignacio Rodrigo Esteban Joaquin Gustavo Armando
Alfredo Julio Salvador Ernesto Rogelio Abelardo Leobardo Eliseo""".split()
HISP_F = """Maria Guadalupe Rosa Ana Carmen Juana Veronica Leticia Patricia Elena Sofia Gabriela
Alejandra Adriana Marisol Yolanda Silvia Claudia Lucia Isabel Dolores Graciela Xochitl Araceli
Maricela Consuelo Beatriz Lorena Esperanza Itzel Nayeli Perla Yesenia Marisela""".split()
HISP_S = """Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores
Rivera Gomez Diaz Cruz Morales Reyes Gutierrez Ortiz Ramos Ruiz Alvarez Mendoza Castillo
Jimenez Vasquez Moreno Herrera Medina Aguilar Vargas Castro Guzman Fernandez Munoz Salazar
Delgado Pena Rios Contreras Sandoval Dominguez Villarreal Cervantes Zamora Ibarra Arellano
Montemayor Quintanilla Valenzuela Bustamante Villanueva Echeverria Olvera Zavala Betancourt
Cisneros Elizondo Galindo Irigoyen Lozoya Maldonado Nevarez Orozco Palacios Saucedo Treviño
Urquidi Yzaguirre""".split()
HISP_COMPOUND_FIRST_M = ["Jose Luis", "Juan Carlos", "Juan Pablo", "Jose Antonio", "Luis Miguel",
                         "Miguel Angel", "Jose Manuel", "Juan Jose"]
ACCENTS = {"Jose": "José", "Jesus": "Jesús", "Ramon": "Ramón", "Joaquin": "Joaquín",
           "Ruben": "Rubén", "Hector": "Héctor", "Raul": "Raúl", "Sofia": "Sofía",
           "Lucia": "Lucía", "Hernandez": "Hernández", "Martinez": "Martínez", "Gomez": "Gómez",
           "Perez": "Pérez", "Sanchez": "Sánchez", "Ramirez": "Ramírez", "Jimenez": "Jiménez",
           "Vasquez": "Vásquez", "Munoz": "Muñoz", "Pena": "Peña", "Dominguez": "Domínguez",
           "Lopez": "López", "Gonzalez": "González", "Rodriguez": "Rodríguez", "Diaz": "Díaz",
           "Alvarez": "Álvarez", "Gutierrez": "Gutiérrez", "Fernandez": "Fernández",
           "Ibarra": "Ibarra", "Echeverria": "Echeverría", "Nevarez": "Nevárez",
           "Ruben": "Rubén", "Veronica": "Verónica", "Maria": "María"}

VIET_S = "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly".split()
VIET_M = "Minh Tuan Hung Duc Thanh Long Nam Quang Khoa Huy Dung Phuc Vinh Bao Trung".split()
VIET_F = "Phuong Linh Trang Thao Lan Huong Mai Ngoc Hanh Nhung Yen Thuy Tam Hoa".split()
VIET_DIAC = {"Nguyen": "Nguyễn", "Tran": "Trần", "Le": "Lê", "Pham": "Phạm", "Hoang": "Hoàng",
             "Huynh": "Huỳnh", "Vu": "Vũ", "Vo": "Võ", "Dang": "Đặng", "Bui": "Bùi",
             "Do": "Đỗ", "Ngo": "Ngô", "Duong": "Dương", "Duc": "Đức", "Thanh": "Thành",
             "Quang": "Quang", "Phuong": "Phương", "Huong": "Hương", "Ngoc": "Ngọc"}
KOR_S = "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang".split()
KOR_M = "Ji-hoon Min-jun Hyun-woo Sung-min Dong-hyun Jae-won Seung-ho Jun-seo Tae-yang Woo-jin".split()
KOR_F = "Seo-yeon Ji-woo Eun-ji Ye-jin Min-seo Su-bin Ha-eun Ji-min Yu-na Da-eun".split()
CHN_S = "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin".split()
CHN_M = "Wei Lei Ming Hao Jun Tao Yu Bo Jian Qiang Chao Peng".split()
CHN_F = "Jing Yan Xin Fang Li Na Min Hui Ying Lan Xiu Mei".split()
CHN_ENG_M = "Kevin David Eric Michael Jason Andrew Steven Brian".split()
CHN_ENG_F = "Grace Amy Jennifer Michelle Angela Vivian Cindy Helen".split()

ARAB_M = "Mohammed Ahmed Ali Omar Yusuf Ibrahim Khalid Hassan Hussein Abdulrahman Mustafa Karim Tariq Samir Nabil Waleed".split()
ARAB_F = "Fatima Aisha Layla Mariam Noor Rania Samira Huda Salma Yasmin Amira Dalia".split()
ARAB_S = """Al-Hassan Haddad Khalil Mansour Nasser Saleh Abdullah El-Amin Al-Masri Hamdan Farah
Aziz Bakr Darwish Haidar Jaber Qureshi Al-Rashid Al-Sayed Shaheen Zayed""".split()
# transliteration variants a registry may hold (first is the hire's usual spelling)
ARAB_VARIANTS = {"Mohammed": ["Muhammad", "Mohamed", "Mohammad"], "Yusuf": ["Youssef", "Yousef"],
                 "Ahmed": ["Ahmad"], "Omar": ["Umar"], "Khalid": ["Khaled"],
                 "Hussein": ["Husain", "Hussain"], "Abdulrahman": ["Abdelrahman", "Abdul Rahman"],
                 "Mustafa": ["Mostafa"], "Karim": ["Kareem"], "Tariq": ["Tarek", "Tarik"],
                 "Hassan": ["Hasan"], "Fatima": ["Fatma"], "Aisha": ["Aysha", "Ayesha"],
                 "Layla": ["Leila", "Laila"], "Mariam": ["Maryam"], "Noor": ["Nour"],
                 "Samir": ["Sameer"], "Nabil": ["Nabeel"], "Waleed": ["Walid"]}

SLAV_M = "Łukasz Michał Paweł Wojciech Krzysztof Tomasz Piotr Jiří Dušan Miloš Bogdan Andrzej Dragan Goran Aleksandr Dmitri Yevgeny Oleksandr".split()
SLAV_F = "Agnieszka Małgorzata Katarzyna Zuzana Olena Oksana Jelena Milena Bożena Dorota".split()
SLAV_S = """Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Dvořák Novák Horváth
Kovačević Petrović Jovanović Shevchenko Kowalski Nowak Wiśniewski Procházka Mazur Bondarenko
Kuźniar Grabowski Pawlak Sokołowski""".split()

AA_M = """DeShawn Jamal Darnell Tyrone Marquis DeAndre Terrell Jalen Malik Andre Cedric Reginald
Demetrius Darius Jermaine Lamar Rashad Tavon Keyshawn Deontae""".split()
AA_F = """LaToya Keisha Tanisha Shaniqua Imani Aaliyah Ebony Latasha Monique Precious Jasmine Destiny
Tamika Shanice Kiara Dominique""".split()
AA_S = """Washington Jefferson Jackson Johnson Williams Brown Jones Davis Robinson Harris Freeman
Banks Gaines Mack Pettway Dorsey Holmes Simmons Coleman Booker Mosley Toussaint Battle Boykin
Hairston Jeter Ledbetter Pruitt Singletary Whitlock""".split()
AA_PUNCT = {"DeShawn": ["De'Shawn", "Deshawn"], "DeAndre": ["D'Andre", "Deandre"],
            "LaToya": ["La'Toya", "Latoya"], "Keyshawn": ["Key'Shawn"], "Deontae": ["De'Ontae"]}

# English nicknames a hire may go by (HR records what the person wrote); registry has formal.
NICK = {"William": ["Bill", "Will", "Billy"], "Robert": ["Bob", "Rob", "Bobby"],
        "Margaret": ["Peggy", "Maggie"], "James": ["Jim", "Jimmy"], "Elizabeth": ["Beth", "Liz"],
        "Anthony": ["Tony"], "Charles": ["Chuck", "Charlie"], "Richard": ["Dick", "Rick"],
        "Katherine": ["Kate", "Kathy"], "Thomas": ["Tom", "Tommy"], "Edward": ["Ted", "Ed"],
        "Patricia": ["Patty", "Trish"], "Jennifer": ["Jenny"], "Rebecca": ["Becky"],
        "Christopher": ["Chris"], "Nicholas": ["Nick"], "Benjamin": ["Ben"],
        "Alexander": ["Alex"], "Samuel": ["Sam"], "Timothy": ["Tim"], "Jonathan": ["Jon"],
        "Francisco": ["Paco", "Pancho"], "Guadalupe": ["Lupe"], "Jesus": ["Chuy"],
        "Alberto": ["Beto"], "Ignacio": ["Nacho"], "Eduardo": ["Lalo"], "Enrique": ["Kike"],
        "Dolores": ["Lola"], "Aleksandr": ["Alexander"], "Dmitri": ["Dmitry"],
        "Yevgeny": ["Evgeny"]}

# twins
TWIN_RHYME = [("Kevin", "Devin"), ("Ryan", "Bryan"), ("Jason", "Mason"), ("Landon", "Brandon"),
              ("Jayden", "Hayden"), ("Dustin", "Justin"), ("Ronnie", "Donnie"), ("Jalen", "Galen"),
              ("Kenny", "Lenny"), ("Mandy", "Candy"), ("Kaylee", "Baylee"), ("Jaden", "Caden")]
TWIN_LETTER = [("Jason", "Justin"), ("Michael", "Matthew"), ("Emily", "Emma"), ("Carlos", "Cristian"),
               ("Daniel", "David"), ("Tyrone", "Terrell"), ("Marisol", "Maricela"), ("Andrew", "Adam"),
               ("Sofia", "Sara"), ("Kiara", "Keisha")]
TWIN_MF = [("Paul", "Paula"), ("Daniel", "Danielle"), ("Christian", "Christina"), ("Eric", "Erica"),
           ("Francisco", "Francisca"), ("Antonio", "Antonia"), ("Gabriel", "Gabriela"),
           ("Julian", "Juliana"), ("Louis", "Louise"), ("Joel", "Joelle"), ("Patrick", "Patricia"),
           ("Robert", "Roberta")]

COMMON_MIDDLE_M = "Lee Allen Wayne Ray James Michael Edward Joseph Dean Scott Alan Lynn Paul Eugene".split()
COMMON_MIDDLE_F = "Marie Ann Lynn Nicole Elizabeth Renee Michelle Louise Jean Rose Grace Kay".split()
